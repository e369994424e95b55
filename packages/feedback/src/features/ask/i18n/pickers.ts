import type { MessagesOf } from '../../../shared/i18n';

/** Russian messages for the order picker and the facility picker. */
export const pickersRu = {
  required: 'обязательно',
  orders: {
    searchHint: 'Поиск по номеру заказа, названию товара или артикулу',
    searchPlaceholder: 'Например, 87412-0093-1 или «чайник»',
    listLabel: 'Найденные заказы',
    filters: 'Фильтры',
    status: 'Статус',
    /** The status and date filters, collapsed under the search. */
    moreFilters: 'Фильтры: статус и даты',
    dateFrom: 'Создан с',
    dateTo: 'Создан по',
    dateRangeInvalid: 'Дата «по» раньше даты «с»: период не применён.',
    clearFilters: 'Сбросить фильтры',
    inTransitHint: 'Показаны только заказы в пути: они ещё не прибыли в пункт выдачи.',
    loading: 'Загружаем заказы…',
    loadingMore: 'Загружаем ещё заказы…',
    updating: 'Обновляем список…',
    noMatches: 'Нет заказов, подходящих под поиск и фильтры.',
    noOrders: 'Заказов пока нет.',
    found: {
      one: 'Найден {count} заказ',
      few: 'Найдено {count} заказа',
      many: 'Найдено {count} заказов',
      other: 'Найдено {count} заказа',
    },
    shown: {
      one: 'Показан {count} заказ',
      few: 'Показано {count} заказа',
      many: 'Показано {count} заказов',
      other: 'Показано {count} заказа',
    },
    selectedCount: 'Выбрано {count} из {max}',
    selectedLabel: 'Выбранные заказы',
    noneSelected: 'Заказы не выбраны.',
    maxReached: {
      one: 'Можно выбрать не больше {count} заказа. Чтобы добавить другой, уберите выбранный.',
      few: 'Можно выбрать не больше {count} заказов. Чтобы добавить другой, уберите один из выбранных.',
      many: 'Можно выбрать не больше {count} заказов. Чтобы добавить другой, уберите один из выбранных.',
      other: 'Можно выбрать не больше {count} заказа. Чтобы добавить другой, уберите один из выбранных.',
    },
    remove: 'Убрать заказ {id}',
    moreItems: {
      one: 'и ещё {count} товар',
      few: 'и ещё {count} товара',
      many: 'и ещё {count} товаров',
      other: 'и ещё {count} товара',
    },
    noItems: 'Без товаров',
    noDeliveryPoint: 'Пункт выдачи не назначен',
    keyboardHint: 'Стрелки — перемещение по списку, пробел или Enter — выбрать или снять выбор.',
    /** Orders the server sent in a shape the module cannot read: left out, and said so. */
    omitted: {
      one: '{count} заказ не удалось показать.',
      few: '{count} заказа не удалось показать.',
      many: '{count} заказов не удалось показать.',
      other: '{count} заказа не удалось показать.',
    },
  },
  statuses: {
    created: 'Создан',
    packed: 'Собран',
    shipped: 'Передан в доставку',
    in_transit: 'В пути',
    at_pickup_point: 'В пункте выдачи',
    delivered: 'Получен',
    cancelled: 'Отменён',
    returned: 'Возвращён',
  },
  /** An order status this version of the module does not know. */
  statusUnknown: 'Статус обновлён',
  facilities: {
    searchPlaceholder: 'Название или адрес',
    type: 'Тип',
    types: {
      warehouse: 'Склад',
      pickup_point: 'Пункт выдачи',
      distribution_centre: 'Распределительный центр',
    },
    loading: 'Ищем…',
    noMatches: 'Ничего не нашлось. Попробуйте другое название или адрес.',
    found: {
      one: 'Найден {count} вариант',
      few: 'Найдено {count} варианта',
      many: 'Найдено {count} вариантов',
      other: 'Найдено {count} варианта',
    },
    refine: 'Показаны первые {shown} из {total}: уточните поиск.',
    /** The group of facilities whose type this version of the module does not know. */
    typeUnknown: 'Другие',
    omitted: {
      one: '{count} вариант не удалось показать.',
      few: '{count} варианта не удалось показать.',
      many: '{count} вариантов не удалось показать.',
      other: '{count} варианта не удалось показать.',
    },
    selected: 'Выбрано',
    clear: 'Очистить выбор',
    listLabel: 'Варианты',
  },
} as const;

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

declare module '../../../shared/i18n/messages' {
  interface Namespaces {
    readonly pickers: typeof pickersRu;
  }
}
