import { isKnownOrderStatus, type ReceivedOrderStatus, type SnapshotOrder } from '@seller-support/contract';
import {
  defaultRangeExtractor,
  elementScroll,
  useVirtualizer,
  type Range,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { useFormat, useT, type Translate } from '../../../../shared/i18n';
import { useIdle } from '../../../../shared/lib/use-idle';
import { useRem } from '../../../../shared/ui/shadow-host';
import { unknownValueProps } from '../../../../shared/ui/unknown-value';

/** An order's status in words; one this version does not know reads "Status updated". */
export function orderStatusLabel(t: Translate, status: ReceivedOrderStatus): string {
  return isKnownOrderStatus(status) ? t(`pickers.statuses.${status}`) : t('pickers.statusUnknown');
}

/**
 * Every row has the same height, so the list never measures the DOM while scrolling: 5.25 of the
 * module's rem (84px at the usual 16px), three lines at any width (the id and amount never cut),
 * and it grows with the seller's font size like its text.
 */
const orderRowHeightRem = 5.25;

/** The list's height in its stylesheet (order-picker.css): `min(24rem, 60vh)`. */
const listHeightRem = 24;
const listHeightOfViewport = 0.6;

/**
 * The list's size as its stylesheet sets it, before the browser has laid it out: the rows the
 * first render shows. A few pixels off (its border, a seller's zoom) only changes which overscan
 * row is last; the observer below has the real size right after layout.
 */
function expectedListRect(rem: number): Rect {
  return { width: 0, height: Math.min(listHeightRem * rem, listHeightOfViewport * window.innerHeight) };
}

/**
 * The list's size as the browser lays it out. The virtualizer's own observer also reads it at once
 * as the list mounts, which makes the browser lay out the whole new form in the middle of React's
 * commit and then render the list a second time; here the first size is the stylesheet's
 * ({@link expectedListRect}) and the real one comes with the layout the browser does anyway.
 */
function observeListRect(instance: Virtualizer<HTMLDivElement, Element>, onRect: (rect: Rect) => void) {
  const element = instance.scrollElement;
  if (element === null) return undefined;
  const observer = new ResizeObserver(() => {
    onRect({ width: element.clientWidth, height: element.clientHeight });
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * Rows rendered past each edge of the list's window, so a fast scroll does not show blank space.
 * The first render, which the seller waits for, has one: the rows past the bottom edge are out of
 * sight until the list scrolls, and the rest come at the browser's first idle moment.
 */
const overscanRows = 8;
const firstRenderOverscanRows = 1;

/** Start loading the next page this many rows before the end, so scrolling rarely waits. */
const loadAheadRows = 15;

export interface OrderListProps {
  listId: string;
  listRef: RefObject<HTMLDivElement | null>;
  label: string;
  orders: readonly SnapshotOrder[];
  /** How many orders match in all, when the server says; otherwise the set size is unknown. */
  total: number | undefined;
  selectedIds: ReadonlySet<string>;
  maxReached: boolean;
  /**
   * The list shown is another search's, kept while this one loads: rows cannot be picked (an
   * order picked from the old list may not belong to the new one, a delivered order under
   * "where is my parcel", say).
   */
  replacing: boolean;
  busy: boolean;
  canLoadMore: boolean;
  onLoadMore: () => void;
  onToggle: (order: SnapshotOrder) => void;
  /** Arrow up on the first option: back to the search box. */
  onLeaveTop: () => void;
}

/**
 * A multi-select listbox over a virtualised window of the orders.
 *
 * Why not a listbox library (Ariakit's Composite, say): its keyboard navigation walks the items registered
 * in its store, i.e. the rows that are mounted. With 100,000 orders, most rows are neither
 * loaded nor mounted, so Home/End/Page keys would stop at the edge of the rendered window. So
 * this follows the WAI-ARIA listbox pattern by hand: DOM focus stays on the listbox (which is
 * also the scroll container) and `aria-activedescendant` names the active option. That option is
 * always kept mounted (see `rangeExtractor`), so the reference never dangles while the seller
 * scrolls with the mouse; roving tabindex would lose focus whenever the focused row unmounts.
 */
export function OrderList({
  listId,
  listRef,
  label,
  orders,
  total,
  selectedIds,
  maxReached,
  replacing,
  busy,
  canLoadMore,
  onLoadMore,
  onToggle,
  onLeaveTop,
}: OrderListProps) {
  const [activeIndex, setActiveIndex] = useState(0);
  const rem = useRem();
  const idle = useIdle();
  const rowHeight = orderRowHeightRem * rem;
  const active = Math.min(activeIndex, orders.length - 1);
  // Until the list scrolls or is scrolled, it is where a new scroll container is: at its top.
  const movedSinceMount = useRef(false);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; nothing here is memoised by the compiler
  const virtualizer = useVirtualizer({
    count: orders.length,
    getScrollElement: () => listRef.current,
    initialRect: expectedListRect(rem),
    observeElementRect: observeListRect,
    // The virtualizer writes its offset as the list mounts: to the top, where a new list already
    // is. The browser would lay out the whole new form, mid-commit, to do nothing; so that one
    // write is left out, and every write after the list has moved goes through.
    scrollToFn: (offset, options, instance) => {
      if (!movedSinceMount.current && offset + (options.adjustments ?? 0) === 0) return;
      movedSinceMount.current = true;
      elementScroll(offset, options, instance);
    },
    estimateSize: () => rowHeight,
    overscan: idle ? overscanRows : firstRenderOverscanRows,
    getItemKey: (index) => orders[index]?.id ?? index,
    rangeExtractor: (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return indexes.includes(active) ? indexes : [...indexes, active].sort((a, b) => a - b);
    },
  });
  const rows = virtualizer.getVirtualItems();
  const lastRendered = rows.at(-1)?.index ?? 0;

  useEffect(() => {
    if (canLoadMore && lastRendered >= orders.length - loadAheadRows) onLoadMore();
  }, [canLoadMore, lastRendered, orders.length, onLoadMore]);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(orders.length - 1, index));
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((listRef.current?.clientHeight ?? 0) / rowHeight) - 1);
    switch (event.key) {
      case 'ArrowDown':
        moveTo(active + 1);
        break;
      case 'ArrowUp':
        if (active === 0) onLeaveTop();
        else moveTo(active - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(orders.length - 1);
        break;
      case 'PageDown':
        moveTo(active + page);
        break;
      case 'PageUp':
        moveTo(active - page);
        break;
      case ' ':
      case 'Enter': {
        const order = orders[active];
        if (order && !replacing) onToggle(order);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  };

  // One listener for all rows: rows come and go as the window scrolls.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const row = event.target instanceof Element ? event.target.closest('[data-index]') : null;
    const index = Number(row?.getAttribute('data-index'));
    const order = orders[index];
    if (!order) return;
    setActiveIndex(index);
    if (!replacing) onToggle(order);
  };

  const activeOrder = orders[active];
  return (
    <div
      id={listId}
      ref={listRef}
      className="order-picker__list"
      role="listbox"
      aria-label={label}
      aria-multiselectable="true"
      aria-busy={busy}
      aria-activedescendant={activeOrder ? optionId(listId, activeOrder) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onScroll={() => {
        movedSinceMount.current = true;
      }}
    >
      <div className="order-picker__window" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const order = orders[row.index];
          if (!order) return null;
          const selected = selectedIds.has(order.id);
          return (
            <OrderOption
              key={row.key}
              id={optionId(listId, order)}
              index={row.index}
              setSize={total ?? -1}
              order={order}
              selected={selected}
              disabled={replacing || (maxReached && !selected)}
              active={row.index === active}
              top={row.start}
              height={rowHeight}
            />
          );
        })}
      </div>
    </div>
  );
}

function optionId(listId: string, order: SnapshotOrder): string {
  return `${listId}-${order.id}`;
}

interface OrderOptionProps {
  id: string;
  index: number;
  setSize: number;
  order: SnapshotOrder;
  selected: boolean;
  disabled: boolean;
  active: boolean;
  top: number;
  height: number;
}

function OrderOption({
  id,
  index,
  setSize,
  order,
  selected,
  disabled,
  active,
  top,
  height,
}: OrderOptionProps) {
  const t = useT();
  const format = useFormat();
  const [first, ...rest] = order.items;
  return (
    <div
      id={id}
      role="option"
      className="order-picker__option"
      aria-selected={selected}
      aria-disabled={disabled || undefined}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      data-index={index}
      data-active={active || undefined}
      style={{ height, transform: `translateY(${top}px)` }}
    >
      <span className="order-picker__check" aria-hidden="true" />
      <span className="order-picker__line order-picker__line--main">
        <span className="order-picker__id">{order.id}</span>
        <span className="ss-muted order-picker__created">{format.date(order.createdAt)}</span>
        <span
          className="order-picker__status-text"
          {...(isKnownOrderStatus(order.status) ? {} : unknownValueProps(t, order.status))}
        >
          {orderStatusLabel(t, order.status)}
        </span>
        <span className="order-picker__total">{format.money(order.total)}</span>
      </span>
      <span className="order-picker__line order-picker__line--more ss-muted">
        <span className="order-picker__items">
          {first ? first.name : t('pickers.orders.noItems')}
          {rest.length > 0 && ` ${t('pickers.orders.moreItems', { count: rest.length })}`}
        </span>
        <span className="order-picker__point">
          {order.deliveryPoint?.name ?? t('pickers.orders.noDeliveryPoint')}
        </span>
      </span>
    </div>
  );
}
