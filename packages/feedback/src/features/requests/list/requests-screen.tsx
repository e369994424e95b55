import type { ReceivedTicket } from '@seller-support/contract';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useApiClient } from '../../../shared/api/api-client-context';
import { useLivePollMs } from '../../../shared/api/live-updates';
import { useT } from '../../../shared/i18n';
import { useDebouncedValue } from '../../../shared/lib/use-debounced-value';
import { useLatest } from '../../../shared/lib/use-latest';
import { useNow } from '../../../shared/lib/use-now';
import { Link, PageHeading, useNavigate } from '../../../shared/routing/router';
import { routePaths } from '../../../shared/routing/routes';
import { Button, buttonClass } from '../../../shared/ui/button';
import { ErrorState } from '../../../shared/ui/error-state';
import {
  listRefreshMs,
  matchesTicketFilters,
  ticketListQuery,
  ticketsInfiniteQueryOptions,
  type TicketListFilters,
} from '../api/list-tickets';
import { filtersFromParams, hasActiveFilters, paramsFromFilters } from './list-filters-params';
import { RequestRow } from './request-row';
import { RequestsFilters } from './requests-filters';

/** How long typing must pause before the search goes into the address and to the server. */
export const requestSearchDebounceMs = 300;

/** Pages fetched one after another when the client-side filter leaves nothing to show. */
const maxAutoPages = 10;

export interface RequestsScreenProps {
  /** The query of the module path: `status` and `topic` (repeated) and `q`. */
  params: URLSearchParams;
  /** Fixes the clock for "updated 5 minutes ago" (stories, tests); the real clock otherwise. */
  now?: Date | undefined;
  /** How long typing must pause before the search goes out (tests slow it to be sure of the pause). */
  searchDebounceMs?: number | undefined;
}

/**
 * "My requests": the seller's requests, newest activity first, with status, topic and search
 * filters kept in the address, unread marks, "show more" paging and a refresh every 30 seconds.
 */
export function RequestsScreen({
  params,
  now,
  searchDebounceMs = requestSearchDebounceMs,
}: RequestsScreenProps) {
  const t = useT();
  const api = useApiClient();
  const navigate = useNavigate();
  const clock = useNow(now);
  const filters = useMemo(() => filtersFromParams(params), [params]);

  // The search box is ahead of the address while the seller types; the address catches up after
  // a pause, and the box follows the address when something else changes it (back, a link).
  const [searchText, setSearchText] = useState(filters.query);
  const debouncedSearch = useDebouncedValue(searchText, searchDebounceMs);
  const syncedQuery = useRef(filters.query);
  useEffect(() => {
    if (filters.query === syncedQuery.current) return;
    syncedQuery.current = filters.query;
    setSearchText(filters.query);
  }, [filters.query]);

  /** Puts filters into the address (replacing the entry: a filter is not a step back). */
  const writeFilters = (next: TicketListFilters) => {
    const nextParams = paramsFromFilters(next);
    // What the box holds is already there: the address must not echo it back, trimmed, mid-word.
    syncedQuery.current = filtersFromParams(nextParams).query;
    if (nextParams.toString() === params.toString()) return;
    navigate(routePaths.requests(nextParams), { replace: true });
  };
  const onSearchPause = useLatest((text: string) => {
    if (text.trim() !== filters.query) writeFilters({ ...filters, query: text });
  });
  useEffect(() => {
    onSearchPause.current(debouncedSearch);
  }, [debouncedSearch, onSearchPause]);

  const pollMs = useLivePollMs(listRefreshMs);
  const tickets = useInfiniteQuery(ticketsInfiniteQueryOptions(api, filters, pollMs));
  const listKey = JSON.stringify(ticketListQuery(filters));
  const pages = useMemo(() => tickets.data?.pages ?? [], [tickets.data]);
  const received = useMemo(() => uniqueById(pages.flatMap((page) => page.items)), [pages]);
  const items = useMemo(
    () => received.filter((ticket) => matchesTicketFilters(ticket, filters)),
    [received, filters],
  );
  // Requests the server sent in a shape this version cannot read are left out, and said so.
  const omitted = useMemo(() => pages.reduce((sum, page) => sum + (page.omitted ?? 0), 0), [pages]);
  // A server that ignores a filter counts what it ignored too: its total is then not the list's.
  const total = items.length === received.length ? pages[0]?.total : undefined;
  const filtersActive = hasActiveFilters(filters) || searchText.trim() !== '';

  // A page the client-side filter empties entirely would leave the seller with nothing to click:
  // read on by itself, a few pages at most.
  const { hasNextPage, isFetching, isFetchNextPageError, fetchNextPage } = tickets;
  const readingOn =
    items.length === 0 &&
    received.length > 0 &&
    hasNextPage &&
    !isFetchNextPageError &&
    pages.length < maxAutoPages;
  useEffect(() => {
    if (readingOn && !isFetching) void fetchNextPage();
  }, [readingOn, isFetching, fetchNextPage]);

  // "Show more": the focus goes to the first request added, and the status line says how many.
  const listRef = useRef<HTMLUListElement>(null);
  const moreRef = useRef<HTMLButtonElement>(null);
  const loadMoreFrom = useRef<number | null>(null);
  const [added, setAdded] = useState<{ listKey: string; count: number } | null>(null);
  useEffect(() => {
    const from = loadMoreFrom.current;
    if (from === null || tickets.isFetchingNextPage) return;
    loadMoreFrom.current = null;
    if (tickets.isFetchNextPageError) return;
    setAdded({ listKey, count: Math.max(0, items.length - from) });
    const links = listRef.current?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [];
    const target = links[from] ?? (moreRef.current === null ? links[links.length - 1] : undefined);
    target?.focus();
  }, [items.length, listKey, tickets.isFetchingNextPage, tickets.isFetchNextPageError]);
  const loadMore = () => {
    loadMoreFrom.current = items.length;
    void tickets.fetchNextPage();
  };

  const searchRef = useRef<HTMLInputElement>(null);
  const clearFilters = () => {
    setSearchText('');
    writeFilters({ status: [], topic: [], query: '' });
    // The button that was pressed goes away: the search box is where the seller starts again.
    searchRef.current?.focus();
  };

  const updating = tickets.isPlaceholderData;
  const failedFirstLoad = tickets.isError && tickets.data === undefined;
  const loading = (tickets.isPending && !failedFirstLoad) || readingOn;
  const nothingToShow = !loading && !updating && !failedFirstLoad && items.length === 0 && !hasNextPage;
  const noRequestsAtAll = nothingToShow && !filtersActive;
  const noMatches = nothingToShow && filtersActive;

  const statusText = (() => {
    if (loading) return t('requestsList.results.loading');
    if (failedFirstLoad) return '';
    if (updating) return t('requestsList.results.updating');
    if (noRequestsAtAll) return t('requestsList.empty.title');
    if (noMatches) return t('requestsList.noMatches.title');
    if (items.length === 0) return '';
    const count =
      total === undefined
        ? t('requestsList.results.shown', { count: items.length })
        : total === items.length
          ? t('requestsList.results.total', { count: total })
          : t('requestsList.results.shownOfTotal', { shown: items.length, total });
    const addedText =
      added?.listKey === listKey ? `${t('requestsList.results.added', { count: added.count })} ` : '';
    return `${addedText}${count}`;
  })();

  return (
    <section className="requests">
      <PageHeading>{t('requestsList.title')}</PageHeading>

      {!noRequestsAtAll && (
        <RequestsFilters
          filters={filters}
          searchText={searchText}
          onSearchTextChange={setSearchText}
          onSearchSubmit={() => writeFilters({ ...filters, query: searchText })}
          onChange={(next) => writeFilters({ ...next, query: searchText })}
          onClear={clearFilters}
          showClear={filtersActive}
          searchRef={searchRef}
        />
      )}

      <p
        className={
          noRequestsAtAll || noMatches ? 'requests__results requests__results--empty' : 'requests__results'
        }
        role="status"
      >
        {statusText}
      </p>

      {loading ? (
        <RequestsSkeleton />
      ) : failedFirstLoad ? (
        <ErrorState
          error={tickets.error}
          onRetry={() => void tickets.refetch()}
          retrying={tickets.isFetching}
        />
      ) : noRequestsAtAll ? (
        <div className="requests__empty">
          <p>{t('requestsList.empty.body')}</p>
          <p>
            <Link to={routePaths.ask()}>{t('requestsList.empty.ask')}</Link>
          </p>
        </div>
      ) : noMatches ? (
        <div className="requests__empty">
          <p>{t('requestsList.noMatches.body')}</p>
          <Button variant="quiet" onClick={clearFilters}>
            {t('requestsList.filters.clear')}
          </Button>
        </div>
      ) : (
        <>
          {items.length > 0 && (
            <ul
              ref={listRef}
              className="requests__list"
              aria-label={t('requestsList.listLabel')}
              aria-busy={updating || tickets.isFetchingNextPage}
            >
              {items.map((ticket) => (
                <RequestRow key={ticket.id} ticket={ticket} now={clock} />
              ))}
            </ul>
          )}
          {omitted > 0 && (
            <p className="ss-muted requests__note">{t('requestsList.omitted', { count: omitted })}</p>
          )}
          {tickets.isRefetchError && !tickets.isFetchNextPageError && (
            <p className="ss-muted requests__note">{t('requestsList.refreshFailed')}</p>
          )}
          {tickets.isFetchNextPageError ? (
            <ErrorState
              error={tickets.error}
              onRetry={() => void tickets.fetchNextPage()}
              retrying={tickets.isFetchingNextPage}
            />
          ) : (
            hasNextPage && (
              <p className="requests__more">
                <button
                  ref={moreRef}
                  type="button"
                  className={`${buttonClass('quiet')} requests__more-button`}
                  aria-disabled={tickets.isFetchingNextPage || undefined}
                  onClick={() => {
                    if (!tickets.isFetchingNextPage) loadMore();
                  }}
                >
                  {tickets.isFetchingNextPage ? t('requestsList.loadingMore') : t('requestsList.more')}
                </button>
              </p>
            )
          )}
        </>
      )}
    </section>
  );
}

function uniqueById(tickets: readonly ReceivedTicket[]): ReceivedTicket[] {
  // A request updated between two page loads moves to the top and could be listed twice.
  const seen = new Set<string>();
  return tickets.filter((ticket) => {
    if (seen.has(ticket.id)) return false;
    seen.add(ticket.id);
    return true;
  });
}

function RequestsSkeleton() {
  return (
    <ul className="requests__list requests__list--skeleton" aria-hidden="true">
      {[0, 1, 2, 3].map((row) => (
        <li key={row} className="requests-row requests-row--skeleton">
          <span className="ss-skeleton requests-row__skeleton-line" />
          <span className="ss-skeleton requests-row__skeleton-line requests-row__skeleton-line--long" />
          <span className="ss-skeleton requests-row__skeleton-line" />
        </li>
      ))}
    </ul>
  );
}
