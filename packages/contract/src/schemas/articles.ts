import * as z from 'zod/mini';
import { idSchema, omittedAs } from './common';
import { named } from './registry';
import { siftedList } from './tolerance';

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

/** Articles as a client reads them: `omitted` counts those that could not be read (absent when none). */
export interface ReceivedArticleList extends ArticleList {
  omitted?: number | undefined;
}

/** The client's reading of {@link articleListSchema}. */
export const receivedArticleListSchema = z.pipe(
  z.object({ ...articleListSchema.shape, items: siftedList(articleSchema) }),
  z.transform(({ items }): ReceivedArticleList => ({ items: items.kept, ...omittedAs('omitted', items) })),
);
