import type { Topic } from '@seller-support/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useApiClient } from '../../../../shared/api/api-client-context';
import { useT } from '../../../../shared/i18n';
import { Button } from '../../../../shared/ui/button';
import { ExternalLink } from '../../../../shared/ui/channel-link';
import { articlesQueryOptions } from '../../api/list-articles';
import { useDebouncedValue } from '../../../../shared/lib/use-debounced-value';

/** How long typing must pause before articles are looked up. */
export const helpArticlesDebounceMs = 400;
/** At most this many suggestions: more would bury the form. */
export const helpArticlesLimit = 5;
/** Fewer words say too little about the question to find anything useful. */
const minWords = 2;
// The contract's limit on `query`.
const maxQueryLength = 200;

/**
 * The search text for `text`, or `null` while it has fewer than {@link minWords} words of three
 * letters or more.
 */
export function articleSearchText(text: string): string | null {
  const normalized = text.replace(/\s+/g, ' ').trim().slice(0, maxQueryLength).trim();
  // A fresh form has no text: its first render needs no word-splitting (a Unicode pattern is
  // compiled on first use).
  if (normalized === '') return null;
  const words = normalized.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3);
  return words.length >= minWords ? normalized : null;
}

export interface HelpArticlesProps {
  topic: Topic;
  /** What the seller has written so far (subject and description, as the form chooses). */
  text: string;
  /** The seller found the answer: the flow ends without a request. */
  onAnswered: () => void;
  /** How long `text` must stay the same before the lookup; 0 when the caller already waited. */
  debounceMs?: number | undefined;
}

/**
 * Answer before asking: up to five help articles for the topic and the text, looked up once
 * typing pauses. Quiet when nothing matches or the lookup fails: a suggestion must never stand
 * between the seller and the form.
 */
export function HelpArticles({
  topic,
  text,
  onAnswered,
  debounceMs = helpArticlesDebounceMs,
}: HelpArticlesProps) {
  const t = useT();
  const api = useApiClient();
  const titleId = useId();
  const query = articleSearchText(text);
  const current = useMemo(() => ({ topic, query }), [topic, query]);
  const search = useDebouncedValue(current, debounceMs);
  const articles = useQuery({
    ...articlesQueryOptions(api, {
      topic: search.topic,
      query: search.query ?? '',
      limit: helpArticlesLimit,
    }),
    enabled: search.query !== null,
    // Keep the last suggestions on screen while the next ones load, instead of a flicker.
    placeholderData: keepPreviousData,
  });

  const items =
    search.query === null || articles.isError ? [] : (articles.data?.items.slice(0, helpArticlesLimit) ?? []);

  return (
    <div className="help-articles">
      {/* Always in the DOM, so screen readers announce when suggestions appear. */}
      <p className="ss-visually-hidden" role="status">
        {items.length > 0 ? t('help.found', { count: items.length }) : ''}
      </p>
      {items.length > 0 && (
        <section className="help-articles__panel" aria-labelledby={titleId}>
          <h3 id={titleId}>{t('help.title')}</h3>
          <p className="ss-muted">{t('help.intro')}</p>
          <ul className="help-articles__list">
            {items.map((article) => (
              <li key={article.id} className="help-articles__item">
                <ExternalLink className="help-articles__link" href={article.url}>
                  {article.title}
                </ExternalLink>
                <p className="help-articles__excerpt">{article.excerpt}</p>
              </li>
            ))}
          </ul>
          <div>
            <Button onClick={onAnswered}>{t('help.answered')}</Button>
          </div>
        </section>
      )}
    </div>
  );
}
