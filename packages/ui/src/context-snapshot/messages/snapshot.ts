/**
 * Russian messages for "What support will see": the context snapshot card, in the seller's module
 * and in the moderator's desk. An app registers them as its `snapshot` namespace (UiNamespaces).
 */
export const snapshotRu = {
  title: 'Что увидит поддержка',
  intro: 'Это уйдёт вместе с обращением, чтобы вам не пришлось объяснять всё заново.',
  seller: {
    title: 'О вас',
    note: 'Ваши данные прикладываются всегда: так поддержка сразу знает, кто спрашивает.',
    /** A confidential report: who sees the identity, as the form's checkbox promises. */
    confidentialNote: 'Обращение конфиденциальное: ваши данные увидит только служба комплаенса.',
    id: 'ID продавца',
    legalName: 'Юридическое лицо',
    taxId: 'ИНН',
    contactName: 'Контактное лицо',
    email: 'Электронная почта',
    phone: 'Телефон',
    tier: 'Уровень аккаунта',
    tiers: {
      standard: 'Стандартный',
      silver: 'Серебряный',
      gold: 'Золотой',
      platinum: 'Платиновый',
    },
  },
  orders: {
    title: 'Заказы в обращении',
    none: 'Заказы не приложены.',
    order: 'Заказ {id}',
    date: 'Дата',
    status: 'Статус',
    amount: 'Сумма',
    items: 'Товары',
    item: '{name} × {quantity}',
    noItems: 'нет товаров',
    deliveryPoint: 'Пункт выдачи',
    noDeliveryPoint: 'не указан',
    tracking: 'Отслеживание',
    noTracking: 'нет данных',
    trackingScan: '{state}: {place}, {at}',
    remove: 'Убрать',
    removeLabel: 'Убрать заказ {id} из обращения',
  },
  deals: {
    title: 'Ваши продажи',
    period: 'Период',
    days: {
      one: '{count} день',
      few: '{count} дня',
      many: '{count} дней',
      other: '{count} дня',
    },
    orders: 'Заказов',
    turnover: 'Оборот',
    openReturns: 'Открытых возвратов',
    /** The server's deal summary could not be read. */
    unavailable: 'Сводка по сделкам недоступна.',
  },
  inTransit: {
    title: 'Заказы в пути',
    none: 'Заказов в пути нет.',
    note: 'Заказы, которые ещё не дошли до пункта выдачи.',
    entry: '{id} — {status}',
  },
  environment: {
    title: 'Технические подробности',
    note: 'Помогают, если дело в самом кабинете: где открыта поддержка и в каком браузере.',
    moduleVersion: 'Версия модуля поддержки',
    hostRoute: 'Страница кабинета',
    locale: 'Язык',
    timeZone: 'Часовой пояс',
    userAgent: 'Браузер',
  },
  statuses: {
    created: 'создан',
    packed: 'собран',
    shipped: 'отгружен',
    in_transit: 'в пути',
    at_pickup_point: 'в пункте выдачи',
    delivered: 'получен',
    cancelled: 'отменён',
    returned: 'возвращён',
  },
  /** An order status this version of the module does not know. */
  statusUnknown: 'статус обновлён',
  /** The title of a value this version does not know: the raw value, for support. */
  serverValue: 'Значение от сервера: {value}',
} as const;
