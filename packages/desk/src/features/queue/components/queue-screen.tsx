import {
  ApiError,
  NetworkError,
  ticketStatuses,
  topics,
  type TicketStatus,
  type Topic,
} from '@seller-support/contract';
import { queueAssignees } from '@seller-support/contract/desk';
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useDeskI18n } from '../../../shared/i18n/i18n';
import { usePageHeadingFocus } from '../../../shared/lib/desk-routes';
import { useNow } from '../../../shared/lib/use-now';
import { Button } from '../../../shared/ui/button';
import { useQueue, type QueueFilters } from '../api/queue-query';
import { QueueItem } from './queue-item';

type Assignee = (typeof queueAssignees)[number];

// The queue lists open requests; resolved and closed ones are not in it.
const openStatuses = ticketStatuses.filter((status) => status !== 'resolved' && status !== 'closed');

const isAssignee = (value: string): value is Assignee => queueAssignees.some((one) => one === value);
const isStatus = (value: string): value is TicketStatus => openStatuses.some((one) => one === value);
const isTopic = (value: string): value is Topic => topics.some((one) => one === value);

const noFilters: QueueFilters = {};

function firstOfEachId<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

/** The moderator's queue: open requests, the most urgent first answer first. */
export function QueueScreen() {
  const { m, fill, plural, format } = useDeskI18n();
  const [filters, setFilters] = useState<QueueFilters>(noFilters);
  const [search, setSearch] = useState('');
  const queue = useQueue(filters);
  const now = useNow();
  const headingFocus = usePageHeadingFocus();
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // "Show more" goes away with the last page: the focus goes on to the first request it brought.
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  const ids = { assignee: useId(), status: useId(), topic: useId(), search: useId(), searchHint: useId() };

  const set = (next: Partial<QueueFilters>) => {
    const merged: QueueFilters = { ...filters };
    for (const [name, value] of Object.entries(next)) {
      if (value === undefined) Reflect.deleteProperty(merged, name);
      else Reflect.set(merged, name, value);
    }
    setFilters(merged);
  };
  const onSearch = (event: SyntheticEvent) => {
    event.preventDefault();
    const q = search.trim();
    set({ q: q === '' ? undefined : q });
  };
  const filtered = Object.keys(filters).length > 0;

  const counts = queue.data?.pages[0]?.counts ?? null;
  // A request that moved down the queue between two pages' loads comes again on a later page: it
  // is shown once, where it was first (the next refresh puts it in its place).
  const items = firstOfEachId(queue.data?.pages.flatMap((page) => page.items) ?? []);
  useEffect(() => {
    if (focusFrom === null) return;
    // Once the new requests are in the list (the page's data may land a render later).
    const link = listRef.current?.children.item(focusFrom)?.querySelector('a');
    if (!(link instanceof HTMLElement)) return;
    link.focus();
    // Focus is moved once, not again on the next refresh of the queue.
    setFocusFrom(null);
  }, [focusFrom, items.length]);

  const showMore = async () => {
    const from = items.length;
    const result = await queue.fetchNextPage();
    const shown = firstOfEachId(result.data?.pages.flatMap((page) => page.items) ?? []).length;
    // A failed or empty page keeps the button where it is, and the focus on it.
    if (shown > from) setFocusFrom(from);
  };

  const omitted = queue.data?.pages.reduce((sum, page) => sum + (page.omitted ?? 0), 0) ?? 0;

  return (
    <section className="ss-stack" aria-labelledby="desk-queue-title">
      <h1 id="desk-queue-title" tabIndex={-1} ref={headingFocus}>
        {m.queue.title}
      </h1>
      {counts !== null && (
        <p role="status">
          {fill(m.queue.counts, {
            open: format.number(counts.open),
            mine: format.number(counts.mine),
            unassigned: format.number(counts.unassigned),
            overdue: format.number(counts.overdue),
          })}
        </p>
      )}
      <form className="ss-stack" aria-label={m.queue.filters} onSubmit={onSearch}>
        <div className="desk-queue__filters">
          <div className="ss-field">
            <label htmlFor={ids.assignee}>{m.queue.assignee}</label>
            <select
              id={ids.assignee}
              className="ss-input"
              value={filters.assignee ?? 'any'}
              onChange={(event) => {
                const { value } = event.target;
                set({ assignee: isAssignee(value) && value !== 'any' ? value : undefined });
              }}
            >
              {queueAssignees.map((assignee) => (
                <option key={assignee} value={assignee}>
                  {m.queue.assignees[assignee]}
                </option>
              ))}
            </select>
          </div>
          <div className="ss-field">
            <label htmlFor={ids.status}>{m.queue.status}</label>
            <select
              id={ids.status}
              className="ss-input"
              value={filters.status?.[0] ?? ''}
              onChange={(event) => {
                const { value } = event.target;
                set({ status: isStatus(value) ? [value] : undefined });
              }}
            >
              <option value="">{m.queue.anyStatus}</option>
              {openStatuses.map((status) => (
                <option key={status} value={status}>
                  {m.statuses[status]}
                </option>
              ))}
            </select>
          </div>
          <div className="ss-field">
            <label htmlFor={ids.topic}>{m.queue.topic}</label>
            <select
              id={ids.topic}
              className="ss-input"
              value={filters.topic ?? ''}
              onChange={(event) => {
                const { value } = event.target;
                set({ topic: isTopic(value) ? value : undefined });
              }}
            >
              <option value="">{m.queue.anyTopic}</option>
              {topics.map((topic) => (
                <option key={topic} value={topic}>
                  {m.topics[topic]}
                </option>
              ))}
            </select>
          </div>
          <div className="desk-queue__search">
            <div className="ss-field">
              <label htmlFor={ids.search}>{m.queue.search}</label>
              <input
                id={ids.search}
                className="ss-input"
                type="search"
                ref={searchRef}
                value={search}
                aria-describedby={ids.searchHint}
                onChange={(event) => setSearch(event.target.value)}
              />
              <span id={ids.searchHint} className="ss-field__hint">
                {m.queue.searchHint}
              </span>
            </div>
          </div>
        </div>
        <div className="ss-actions">
          <Button type="submit">{m.queue.searchButton}</Button>
          {filtered && (
            <Button
              variant="quiet"
              onClick={() => {
                setSearch('');
                setFilters(noFilters);
                // The button goes with the filters: the moderator goes on from the search field.
                searchRef.current?.focus();
              }}
            >
              {m.queue.clearFilters}
            </Button>
          )}
        </div>
      </form>
      <p className="ss-muted">{fill(m.queue.timeZone, { zone: format.zoneName() })}</p>

      {queue.isPending ? (
        <p role="status">{m.frame.loading}</p>
      ) : queue.isError && items.length === 0 ? (
        <div className="ss-alert" role="alert">
          <p>{queue.error instanceof NetworkError ? m.common.offline : m.queue.failed}</p>
          <Button variant="primary" onClick={() => void queue.refetch()}>
            {m.common.retry}
          </Button>
        </div>
      ) : items.length === 0 ? (
        <p role="status">{filtered ? m.queue.emptyFiltered : m.queue.empty}</p>
      ) : (
        <>
          <ul ref={listRef} className="desk-queue__list" aria-labelledby="desk-queue-title">
            {items.map((item) => (
              <QueueItem key={item.id} item={item} now={now} />
            ))}
          </ul>
          {omitted > 0 && <p className="ss-muted">{plural(m.queue.omitted, omitted)}</p>}
          {queue.isFetchNextPageError && (
            <div className="ss-alert" role="alert">
              <p>{queue.error instanceof ApiError ? m.queue.failed : m.common.loadFailed}</p>
            </div>
          )}
          {queue.hasNextPage && (
            <div className="ss-actions">
              <Button variant="quiet" disabled={queue.isFetchingNextPage} onClick={() => void showMore()}>
                {queue.isFetchingNextPage ? m.queue.loadingMore : m.queue.showMore}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
