import { articleListSchema, listArticlesQuerySchema } from '@seller-support/contract';
import type { HttpHandler } from 'msw';
import { endpoint, parseQuery, respond, type HandlerContext } from './shared';

/** `GET /articles`: help articles for a topic and the words the seller typed. */
export function articleHandlers(context: HandlerContext): HttpHandler[] {
  return [
    endpoint(context, 'listArticles', ({ url }) =>
      respond(articleListSchema, context.store.listArticles(parseQuery(url, listArticlesQuerySchema))),
    ),
  ];
}
