import type { MessagesOf } from '../../../shared/i18n';
import type { pickersRu } from './pickers';

/** English messages for the order picker and the facility picker; typed against the Russian ones. */
export const pickersEn: MessagesOf<typeof pickersRu> = {
  required: 'required',
  orders: {
    searchHint: 'Search by order number, item name or SKU',
    searchPlaceholder: 'For example 87412-0093-1 or “kettle”',
    listLabel: 'Matching orders',
    filters: 'Filters',
    status: 'Status',
    moreFilters: 'Filters: status and dates',
    dateFrom: 'Created from',
    dateTo: 'Created until',
    dateRangeInvalid: 'The “to” date is before the “from” date: the period is not applied.',
    clearFilters: 'Clear filters',
    inTransitHint: 'Only orders in transit are shown: they have not reached the pickup point yet.',
    loading: 'Loading orders…',
    loadingMore: 'Loading more orders…',
    updating: 'Updating the list…',
    noMatches: 'No orders match the search and filters.',
    noOrders: 'There are no orders yet.',
    found: {
      one: '{count} order found',
      other: '{count} orders found',
    },
    shown: {
      one: '{count} order shown',
      other: '{count} orders shown',
    },
    selectedCount: '{count} of {max} selected',
    selectedLabel: 'Selected orders',
    noneSelected: 'No orders selected.',
    maxReached: {
      one: 'You can select only {count} order. Remove it to add another.',
      other: 'You can select up to {count} orders. Remove one to add another.',
    },
    remove: 'Remove order {id}',
    moreItems: {
      one: 'and {count} more item',
      other: 'and {count} more items',
    },
    noItems: 'No items',
    noDeliveryPoint: 'No pickup point assigned',
    keyboardHint: 'Arrow keys move through the list; Space or Enter selects or deselects.',
    omitted: {
      one: '{count} order could not be shown.',
      other: '{count} orders could not be shown.',
    },
  },
  statuses: {
    created: 'Created',
    packed: 'Packed',
    shipped: 'Handed to delivery',
    in_transit: 'In transit',
    at_pickup_point: 'At the pickup point',
    delivered: 'Delivered',
    cancelled: 'Cancelled',
    returned: 'Returned',
  },
  statusUnknown: 'Status updated',
  facilities: {
    searchPlaceholder: 'Name or address',
    type: 'Type',
    types: {
      warehouse: 'Warehouse',
      pickup_point: 'Pickup point',
      distribution_centre: 'Distribution centre',
    },
    loading: 'Searching…',
    noMatches: 'Nothing found. Try another name or address.',
    found: {
      one: '{count} option found',
      other: '{count} options found',
    },
    refine: 'Showing the first {shown} of {total}: refine the search.',
    typeUnknown: 'Other',
    omitted: {
      one: '{count} option could not be shown.',
      other: '{count} options could not be shown.',
    },
    selected: 'Selected',
    clear: 'Clear selection',
    listLabel: 'Options',
  },
};
