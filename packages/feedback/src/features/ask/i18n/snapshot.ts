import type { MessagesOf } from '../../../shared/i18n';

/** Russian messages for "What support will see": the context snapshot card. */
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
} as const;

/** English messages for "What support will see": the context snapshot card; typed against the Russian ones. */
export const snapshotEn: MessagesOf<typeof snapshotRu> = {
  title: 'What support will see',
  intro: 'This goes with your request, so you do not have to explain it all again.',
  seller: {
    title: 'About you',
    note: 'Your details are always attached, so support knows at once who is asking.',
    confidentialNote: 'This report is confidential: only the compliance team will see your details.',
    id: 'Seller ID',
    legalName: 'Legal name',
    taxId: 'Tax ID',
    contactName: 'Contact person',
    email: 'E-mail',
    phone: 'Phone',
    tier: 'Account tier',
    tiers: {
      standard: 'Standard',
      silver: 'Silver',
      gold: 'Gold',
      platinum: 'Platinum',
    },
  },
  orders: {
    title: 'Orders in this request',
    none: 'No orders attached.',
    order: 'Order {id}',
    date: 'Date',
    status: 'Status',
    amount: 'Amount',
    items: 'Items',
    item: '{name} × {quantity}',
    noItems: 'no items',
    deliveryPoint: 'Delivery point',
    noDeliveryPoint: 'not set',
    tracking: 'Tracking',
    noTracking: 'no data',
    trackingScan: '{state}: {place}, {at}',
    remove: 'Remove',
    removeLabel: 'Remove order {id} from the request',
  },
  deals: {
    title: 'Your sales',
    period: 'Period',
    days: {
      one: '{count} day',
      other: '{count} days',
    },
    orders: 'Orders',
    turnover: 'Turnover',
    openReturns: 'Open returns',
    unavailable: 'The deal summary is not available.',
  },
  inTransit: {
    title: 'Orders in transit',
    none: 'No orders in transit.',
    note: 'Orders that have not reached the pickup point yet.',
    entry: '{id} — {status}',
  },
  environment: {
    title: 'Technical details',
    note: 'They help when the trouble is the cabinet itself: where support was opened, and in which browser.',
    moduleVersion: 'Support module version',
    hostRoute: 'Cabinet page',
    locale: 'Language',
    timeZone: 'Time zone',
    userAgent: 'Browser',
  },
  statuses: {
    created: 'created',
    packed: 'packed',
    shipped: 'shipped',
    in_transit: 'in transit',
    at_pickup_point: 'at the pickup point',
    delivered: 'delivered',
    cancelled: 'cancelled',
    returned: 'returned',
  },
  statusUnknown: 'status updated',
};

declare module '../../../shared/i18n/messages' {
  interface Namespaces {
    readonly snapshot: typeof snapshotRu;
  }
}
