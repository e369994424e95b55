import * as z from 'zod/mini';
import { idSchema } from './common';
import { named } from './registry';

export const articleSchema = named(
  z.object({ id: idSchema, title: z.string(), excerpt: z.string(), url: z.string() }),
  'Article',
);
export type Article = z.infer<typeof articleSchema>;

export const articleListSchema = named(z.object({ items: z.array(articleSchema) }), 'ArticleList');
export type ArticleList = z.infer<typeof articleListSchema>;
