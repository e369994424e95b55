import type { Article, Topic } from '@seller-support/contract';
import { sql, type Kysely } from 'kysely';
import type { ArticleEntry } from '../support/support-config';
import type { Database } from './schema';

// Serialises the articles' replacement across processes that start together.
const articlesLock = 0xa471c1e;

/** Makes the articles table what the configuration file says, in one transaction. */
export async function syncArticles(db: Kysely<Database>, articles: readonly ArticleEntry[]): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(${articlesLock})`.execute(tx);
    await tx.deleteFrom('articles').execute();
    if (articles.length === 0) return;
    await tx
      .insertInto('articles')
      .values(
        articles.map((article, position) => ({
          id: article.id,
          position,
          topic: article.topic,
          title: article.title,
          excerpt: article.excerpt,
          url: article.url,
          keywords: article.keywords.join(' '),
        })),
      )
      .execute();
  });
}

/** The words of a query as full-text search terms: letters and digits only, so nothing is tsquery syntax. */
function searchTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2)
    .slice(0, 20);
}

/**
 * Articles of a topic that match the seller's words best (PostgreSQL full-text search, Russian
 * and English stemming, title over keywords over excerpt); without words, the topic's articles in
 * the file's order. Any one word matching is enough: a seller's question is not a boolean query.
 */
export async function searchArticles(
  db: Kysely<Database>,
  search: { topic?: Topic | undefined; query?: string | undefined; limit: number },
): Promise<Article[]> {
  const terms = searchTerms(search.query ?? '');
  let query = db.selectFrom('articles').select(['id', 'title', 'excerpt', 'url']);
  if (search.topic !== undefined) query = query.where('topic', '=', search.topic);
  if (terms.length > 0) {
    const expression = terms.join(' | ');
    const ru = sql`to_tsquery('russian', ${expression})`;
    const en = sql`to_tsquery('english', ${expression})`;
    // A query of stop words only ("где мой") says nothing: the topic's articles then, as without words.
    query = query
      .where(sql<boolean>`(numnode(${ru}) = 0 and numnode(${en}) = 0) or search @@ (${ru} || ${en})`)
      .orderBy(sql`ts_rank(search, ${ru} || ${en})`, 'desc');
  }
  return query.orderBy('position').limit(search.limit).execute();
}
