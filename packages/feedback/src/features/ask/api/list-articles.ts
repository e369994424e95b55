import type { ApiClient, Topic } from '@seller-support/contract';
import { queryOptions } from '@tanstack/react-query';

/** What `GET /articles` is asked: the request's topic and the words the seller typed. */
export interface ArticleSearch {
  topic: Topic;
  query: string;
  limit: number;
}

/** Query keys for help articles, from general to specific. */
export const articleKeys = {
  all: ['articles'] as const,
  lists: () => [...articleKeys.all, 'list'] as const,
  list: (search: ArticleSearch) => [...articleKeys.lists(), search] as const,
};

/**
 * `GET /articles?topic=&query=&limit=`: help articles that may answer the question before it is
 * asked. A suggestion is worth nothing a few keystrokes later, so a failure is not retried.
 */
export function articlesQueryOptions(api: ApiClient, search: ArticleSearch) {
  return queryOptions({
    queryKey: articleKeys.list(search),
    queryFn: ({ signal }) => api.listArticles(search, { signal }),
    retry: false,
    staleTime: 5 * 60 * 1000,
  });
}
