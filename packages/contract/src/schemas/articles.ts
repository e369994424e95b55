import * as z from 'zod/mini';
import { idSchema } from './common';
import { named } from './registry';

/** A help article the module links to. */
export const articleSchema = named(
  z.object({ id: idSchema, title: z.string(), excerpt: z.string(), url: z.string() }),
  'Article',
);
/** A help article the module links to. */
export type Article = z.infer<typeof articleSchema>;

/** Body of `GET /articles`. */
export const articleListSchema = named(z.object({ items: z.array(articleSchema) }), 'ArticleList');
/** Body of `GET /articles`. */
export type ArticleList = z.infer<typeof articleListSchema>;
