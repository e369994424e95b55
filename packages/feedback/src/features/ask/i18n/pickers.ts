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

declare module '../../../shared/i18n/messages' {
  interface Namespaces {
    readonly pickers: typeof pickersRu;
  }
}
