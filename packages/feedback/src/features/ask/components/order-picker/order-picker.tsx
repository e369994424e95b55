import { limits, orderStatuses, type OrderStatus, type SnapshotOrder } from '@seller-support/contract';
import { useInfiniteQuery } from '@tanstack/react-query';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useApiClient } from '../../../../shared/api/api-client-context';
import { useFormat, useT } from '../../../../shared/i18n';
import { Button } from '../../../../shared/ui/button';
import { ErrorState } from '../../../../shared/ui/error-state';
import { orderKeys, ordersInfiniteQueryOptions } from '../../api/list-orders';
import { dateRangeQuery } from './date-range';
import { OrderList, orderStatusLabel } from './order-list';
import { useDebouncedValue } from '../../../../shared/lib/use-debounced-value';

/** How long typing must pause before the search reaches the server. */
export const orderSearchDebounceMs = 250;

export interface OrderPickerProps {
  /** Id of the search input: the label points at it and an error summary link moves focus to it. */
  id: string;
  /** Visible label, already translated by the caller. */
  label: string;
  /** `in_transit`: only orders not yet at the pickup point, and no status filter. */
  scope: 'all' | 'in_transit';
  selected: readonly SnapshotOrder[];
  onChange: (orders: SnapshotOrder[]) => void;
  required?: boolean;
  error?: string | undefined;
  /** Most orders that can be chosen; the contract's limit by default. */
  max?: number;
}

const inTransitOnly: readonly OrderStatus[] = ['in_transit'];

/**
 * Chooses orders from the seller's deal history: server-side search and filters, a virtualised
 * list that pages in as it scrolls (smooth with 100,000 orders), chosen orders as removable chips.
 */
export function OrderPicker({
  id,
  label,
  scope,
  selected,
  onChange,
  required = false,
  error,
  max = limits.orderIds.max,
}: OrderPickerProps) {
  const t = useT();
  const api = useApiClient();
  const baseId = useId();
  const labelId = `${baseId}-label`;
  const hintId = `${baseId}-hint`;
  const scopeHintId = `${baseId}-scope`;
  const errorId = `${baseId}-error`;
  const listId = `${baseId}-list`;
  const statusLegendId = `${baseId}-status`;

  const [search, setSearch] = useState('');
  const [statuses, setStatuses] = useState<readonly OrderStatus[]>([]);
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const [filtersShown, setFiltersShown] = useState(false);
  const query = useDebouncedValue(search, orderSearchDebounceMs);
  const range = dateRangeQuery(fromDay, toDay);
  const filtersActive = search.trim() !== '' || statuses.length > 0 || fromDay !== '' || toDay !== '';

  const filters = {
    query,
    status: scope === 'in_transit' ? inTransitOnly : statuses,
    from: range.from,
    to: range.to,
  };
  const orders = useInfiniteQuery(ordersInfiniteQueryOptions(api, filters));
  // A new search starts a new list: back to the top, the first row active.
  const listKey = JSON.stringify(orderKeys.list(filters));
  const items = useMemo(() => orders.data?.pages.flatMap((page) => page.items) ?? [], [orders.data]);
  const total = orders.data?.pages[0]?.total;
  // Orders the server sent in a shape this version cannot read are left out, and said so.
  const omitted = useMemo(
    () => orders.data?.pages.reduce((sum, page) => sum + (page.omitted ?? 0), 0) ?? 0,
    [orders.data],
  );

  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const selectedIds = useMemo(() => new Set(selected.map((order) => order.id)), [selected]);
  const maxReached = selected.length >= max;

  const toggle = (order: SnapshotOrder) => {
    if (selectedIds.has(order.id)) onChange(selected.filter((chosen) => chosen.id !== order.id));
    else if (!maxReached) onChange([...selected, order]);
  };

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The search runs as the seller types; Enter must not submit the form around the picker.
    if (event.key === 'Enter') event.preventDefault();
    if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      listRef.current?.focus();
    }
  };

  const toggleStatus = (status: OrderStatus) => (event: ChangeEvent<HTMLInputElement>) => {
    const checked = event.currentTarget.checked;
    setStatuses((current) =>
      checked ? [...current, status] : current.filter((candidate) => candidate !== status),
    );
  };

  const clearFilters = () => {
    setSearch('');
    setStatuses([]);
    setFromDay('');
    setToDay('');
    searchRef.current?.focus();
  };

  const describedBy = [hintId, scope === 'in_transit' ? scopeHintId : null, error ? errorId : null]
    .filter((part) => part !== null)
    .join(' ');

  return (
    <div className="order-picker" role="group" aria-labelledby={labelId}>
      <div className="order-picker__header">
        <label id={labelId} htmlFor={id} className="ss-field__label">
          {label}
          {required && <span className="ss-field__required-note"> ({t('pickers.required')})</span>}
        </label>
        <span className="ss-muted order-picker__counter">
          {t('pickers.orders.selectedCount', { count: selected.length, max })}
        </span>
      </div>
      {error && (
        <p id={errorId} className="ss-field__error">
          {error}
        </p>
      )}

      <SelectedOrders selected={selected} onChange={onChange} searchRef={searchRef} />
      {maxReached && (
        <p className="order-picker__notice" role="status">
          {t('pickers.orders.maxReached', { count: max })}
        </p>
      )}

      <input
        id={id}
        ref={searchRef}
        className="ss-input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        value={search}
        placeholder={t('pickers.orders.searchPlaceholder')}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-controls={items.length > 0 ? listId : undefined}
        onChange={(event) => setSearch(event.currentTarget.value)}
        onKeyDown={onSearchKeyDown}
      />
      <p id={hintId} className="ss-muted order-picker__hint">
        {t('pickers.orders.searchHint')}
      </p>
      {scope === 'in_transit' && (
        <p id={scopeHintId} className="order-picker__hint order-picker__scope">
          {t('pickers.orders.inTransitHint')}
        </p>
      )}

      <div className="order-picker__filters">
        {/* Status and dates one click away: most sellers find the order by its number or item. A
            filter in use keeps them open, so what narrows the list is in sight. */}
        <details
          className="ss-disclosure order-picker__more-filters"
          open={filtersShown || statuses.length > 0 || fromDay !== '' || toDay !== ''}
          onToggle={(event) => setFiltersShown(event.currentTarget.open)}
        >
          <summary>{t('pickers.orders.moreFilters')}</summary>
          {scope === 'all' && (
            <fieldset className="ss-filter-group" aria-labelledby={statusLegendId}>
              <legend id={statusLegendId} className="ss-filter-group__legend">
                {t('pickers.orders.status')}
              </legend>
              {orderStatuses.map((status) => (
                <label key={status} className="ss-pill order-picker__status">
                  <input
                    type="checkbox"
                    checked={statuses.includes(status)}
                    onChange={toggleStatus(status)}
                  />
                  {t(`pickers.statuses.${status}`)}
                </label>
              ))}
            </fieldset>
          )}
          <div className="order-picker__dates">
            <label className="order-picker__date">
              {t('pickers.orders.dateFrom')}
              <input
                type="date"
                value={fromDay}
                max={toDay || undefined}
                onChange={(event) => setFromDay(event.currentTarget.value)}
              />
            </label>
            <label className="order-picker__date">
              {t('pickers.orders.dateTo')}
              <input
                type="date"
                value={toDay}
                min={fromDay || undefined}
                onChange={(event) => setToDay(event.currentTarget.value)}
              />
            </label>
          </div>
        </details>
        {filtersActive && (
          <Button variant="quiet" onClick={clearFilters}>
            {t('pickers.orders.clearFilters')}
          </Button>
        )}
        {range.invalid && (
          <p className="ss-field__error" role="alert">
            {t('pickers.orders.dateRangeInvalid')}
          </p>
        )}
      </div>

      <ResultsStatus
        pending={orders.isPending}
        failed={orders.isError && items.length === 0}
        updating={orders.isPlaceholderData}
        loadedCount={items.length}
        total={total}
        filtered={filtersActive}
      />

      {orders.isPending ? (
        <OrderListSkeleton />
      ) : orders.isError && items.length === 0 ? (
        <ErrorState error={orders.error} onRetry={() => void orders.refetch()} retrying={orders.isFetching} />
      ) : items.length > 0 ? (
        <OrderList
          key={listKey}
          listId={listId}
          listRef={listRef}
          label={t('pickers.orders.listLabel')}
          orders={items}
          total={total}
          selectedIds={selectedIds}
          maxReached={maxReached}
          replacing={orders.isPlaceholderData}
          busy={orders.isPlaceholderData || orders.isFetchingNextPage}
          canLoadMore={orders.hasNextPage && !orders.isFetchingNextPage && !orders.isFetchNextPageError}
          onLoadMore={() => void orders.fetchNextPage()}
          onToggle={toggle}
          onLeaveTop={() => searchRef.current?.focus()}
        />
      ) : null}
      {omitted > 0 && (
        <p className="ss-muted order-picker__hint">{t('pickers.orders.omitted', { count: omitted })}</p>
      )}
      {orders.isFetchingNextPage && (
        <p className="ss-muted order-picker__hint">{t('pickers.orders.loadingMore')}</p>
      )}
      {orders.isFetchNextPageError && (
        <ErrorState
          error={orders.error}
          onRetry={() => void orders.fetchNextPage()}
          retrying={orders.isFetchingNextPage}
        />
      )}
    </div>
  );
}

interface ResultsStatusProps {
  pending: boolean;
  failed: boolean;
  updating: boolean;
  loadedCount: number;
  total: number | undefined;
  filtered: boolean;
}

/** One polite live region: the screen reader hears the count when a search or filter changes it. */
function ResultsStatus({ pending, failed, updating, loadedCount, total, filtered }: ResultsStatusProps) {
  const t = useT();
  let text = '';
  if (pending) text = t('pickers.orders.loading');
  else if (failed) text = '';
  else if (updating) text = t('pickers.orders.updating');
  else if (loadedCount === 0) text = filtered ? t('pickers.orders.noMatches') : t('pickers.orders.noOrders');
  else if (total !== undefined) text = t('pickers.orders.found', { count: total });
  else text = t('pickers.orders.shown', { count: loadedCount });
  return (
    <p className="order-picker__results" role="status">
      {text}
    </p>
  );
}

function OrderListSkeleton() {
  return (
    <div className="order-picker__skeleton" aria-hidden="true">
      {[0, 1, 2, 3].map((row) => (
        <div key={row} className="order-picker__skeleton-row">
          <span className="ss-skeleton order-picker__skeleton-line" />
          <span className="ss-skeleton order-picker__skeleton-line order-picker__skeleton-line--short" />
        </div>
      ))}
    </div>
  );
}

interface SelectedOrdersProps {
  selected: readonly SnapshotOrder[];
  onChange: (orders: SnapshotOrder[]) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

/** The chosen orders as chips; removing one keeps focus nearby instead of dropping it on the page. */
function SelectedOrders({ selected, onChange, searchRef }: SelectedOrdersProps) {
  const t = useT();
  const format = useFormat();
  const listRef = useRef<HTMLUListElement>(null);
  const focusAfterRemoval = useRef<number | null>(null);

  useEffect(() => {
    const index = focusAfterRemoval.current;
    if (index === null) return;
    focusAfterRemoval.current = null;
    const buttons = listRef.current?.querySelectorAll('button') ?? [];
    const next = buttons[Math.min(index, buttons.length - 1)];
    if (next) next.focus();
    else searchRef.current?.focus();
  }, [selected, searchRef]);

  if (selected.length === 0) {
    return <p className="ss-muted order-picker__hint">{t('pickers.orders.noneSelected')}</p>;
  }
  return (
    <ul ref={listRef} className="order-picker__chips" aria-label={t('pickers.orders.selectedLabel')}>
      {selected.map((order, index) => (
        <li key={order.id}>
          <button
            type="button"
            className="order-picker__chip"
            aria-label={t('pickers.orders.remove', { id: order.id })}
            onClick={() => {
              focusAfterRemoval.current = index;
              onChange(selected.filter((chosen) => chosen.id !== order.id));
            }}
          >
            <span>{order.id}</span>
            {/* What tells one order from another at a glance; the preview below has the rest. */}
            <span className="order-picker__chip-details">
              {format.date(order.createdAt)} · {orderStatusLabel(t, order.status)} ·{' '}
              {format.money(order.total)}
            </span>
            <span className="order-picker__chip-x" aria-hidden="true">
              ×
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
