// The examples of api.md as the contract's tests use them: each must parse with its schema.
// Deliberately written out by hand rather than made by the mocks' factories, so a factory bug cannot
// hide a schema bug.

export const moneyExample = { amount: '1234.50', currency: 'RUB' };

export const orderExample = {
  id: '87412-0093-1',
  createdAt: '2026-11-20T10:12:00+03:00',
  status: 'in_transit',
  total: moneyExample,
  items: [{ sku: 'A-1', name: 'Чайник', quantity: 1, price: moneyExample }],
  deliveryPoint: { id: 'pvz-77', name: 'ПВЗ Тверская 7', address: 'Москва, Тверская ул., 7' },
  tracking: {
    state: 'Прибыл в сортировочный центр',
    lastScanAt: '2026-11-21T08:40:00+03:00',
    lastScanPlace: 'СЦ Подольск',
  },
};

export const sellerExample = {
  id: 's-1042',
  legalName: 'ООО «Ромашка»',
  taxId: '7701234567',
  contactName: 'Ирина Петрова',
  email: 'irina@romashka.ru',
  phone: '+7 916 000-00-00',
  tier: 'standard',
};

export const dealSummaryExample = {
  periodDays: 90,
  orders: 1834,
  turnover: { amount: '2450000.00', currency: 'RUB' },
  openReturns: 7,
};

export const sellerContextExample = {
  seller: sellerExample,
  dealSummary: dealSummaryExample,
  inTransit: [orderExample],
};

export const policyExample = {
  timeZone: 'Europe/Moscow',
  dayHours: { from: '08:00', to: '22:00' },
  firstResponseMinutes: { day: 15, night: 60 },
  reopenWithinDays: 14,
  attachments: {
    maxFileBytes: 10485760,
    maxTotalBytes: 52428800,
    maxFiles: 10,
    types: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
  },
  channels: [
    {
      kind: 'phone',
      label: 'Горячая линия',
      value: '8 800 000-00-00',
      free: true,
      region: null,
      hours: '24/7',
    },
    { kind: 'email', label: 'Почта', value: 'support@example.ru' },
    { kind: 'compliance', label: 'Линия комплаенса', value: 'compliance@example.ru' },
    { kind: 'post', label: 'Почтовый адрес', value: '123112, Москва, а/я 1' },
    { kind: 'chat', label: 'Чат', url: 'https://example.ru/chat' },
    { kind: 'community', label: 'Сообщество', url: 'https://example.ru/community' },
  ],
};

export const facilityExample = {
  id: 'pvz-77',
  type: 'pickup_point',
  name: 'ПВЗ Тверская 7',
  address: 'Тверская, 7',
};

export const attachmentExample = { id: 'att-1', name: 'photo.png', size: 48213, type: 'image/png' };

export const moderatorExample = { id: 'm-7', displayName: 'Модератор Анна' };

export const offerExample = {
  id: 'of-1',
  kind: 'compensation',
  description: 'Компенсация за задержку',
  amount: { amount: '500.00', currency: 'RUB' },
  status: 'pending',
};

const at = '2026-11-21T09:00:00+03:00';
export const ticketEventExamples = [
  { id: 'e-1', at, kind: 'created' },
  { id: 'e-2', at, kind: 'assigned', moderator: moderatorExample },
  { id: 'e-3', at, kind: 'step', text: 'Запросили данные у перевозчика' },
  {
    id: 'e-4',
    at,
    kind: 'message',
    author: 'seller',
    body: 'Где посылка?\nЗаказ 87412-0093-1',
    attachments: [attachmentExample],
  },
  { id: 'e-5', at, kind: 'third_party', party: 'carrier', note: 'Ждём ответ перевозчика' },
  { id: 'e-6', at, kind: 'offer', offer: offerExample },
  { id: 'e-7', at, kind: 'offer_decided', offerId: 'of-1', decision: 'accept', comment: 'Спасибо' },
  { id: 'e-8', at, kind: 'resolved', note: 'Посылка найдена' },
  { id: 'e-9', at, kind: 'reopened', reason: 'Посылка снова потерялась' },
  { id: 'e-10', at, kind: 'rated', score: 5, comment: 'Быстро' },
  { id: 'e-11', at, kind: 'closed' },
];

/** A ticket as `GET /tickets` lists it: without events. */
export const ticketListItemExample = {
  id: 'T-000123',
  number: '123',
  topic: 'parcel_location',
  subject: 'Где посылка',
  status: 'in_progress',
  createdAt: '2026-11-21T08:55:00+03:00',
  updatedAt: '2026-11-21T09:00:00+03:00',
  assignee: moderatorExample,
  expectedFirstResponseBy: '2026-11-21T09:10:00+03:00',
  unread: 0,
  rating: null,
  lastMessage: {
    author: 'moderator',
    body: 'Запросили данные у перевозчика, вернусь с ответом до конца дня.',
    at: '2026-11-21T09:00:00+03:00',
  },
};

/** A ticket as `GET /tickets/{id}` returns it: with its events. */

export const contextSnapshotExample = {
  seller: sellerExample,
  orders: [orderExample],
  dealSummary: dealSummaryExample,
  inTransit: [{ id: orderExample.id, status: 'in_transit' }],
  environment: {
    moduleVersion: '0.1.0',
    hostRoute: '/orders/87412-0093-1',
    locale: 'ru-RU',
    timeZone: 'Europe/Moscow',
    userAgent: 'Mozilla/5.0',
  },
};

/** What the seller sent, as `GET /tickets/{id}` echoes it. */
export const ticketRequestExample = {
  description: 'Заказ не двигается третий день.\nПомогите найти.',
  fields: { area: 'cabinet', stepsToReproduce: '1. Войти.\n2. Открыть заказы.' },
  orderIds: [orderExample.id],
  facilityId: facilityExample.id,
  facility: facilityExample,
  confidential: false,
  attachments: [attachmentExample],
  context: contextSnapshotExample,
};

/** A ticket as `GET /tickets/{id}` returns it: with its events and what the seller sent. */
export const ticketExample = {
  ...ticketListItemExample,
  events: ticketEventExamples,
  request: ticketRequestExample,
};

const commonBody = {
  subject: 'Где посылка',
  description: 'Заказ не двигается третий день.\nПомогите найти.',
  attachmentIds: ['att-1'],
  confidential: false,
  context: contextSnapshotExample,
};

/** One valid `POST /tickets` body per topic. */
export const createTicketBodyExamples = {
  account: { ...commonBody, topic: 'account', fields: { area: 'cabinet' }, orderIds: [], facilityId: null },
  orders: {
    ...commonBody,
    topic: 'orders',
    fields: { action: 'cancel' },
    orderIds: ['87412-0093-1'],
    facilityId: null,
  },
  staff_complaint: {
    ...commonBody,
    topic: 'staff_complaint',
    fields: { facilityType: 'pickup_point', incidentDate: '2026-11-19' },
    orderIds: [],
    facilityId: 'pvz-77',
  },
  parcel_location: {
    ...commonBody,
    topic: 'parcel_location',
    fields: {},
    orderIds: ['87412-0093-1'],
    facilityId: null,
  },
  logistics_info: {
    ...commonBody,
    topic: 'logistics_info',
    fields: { facilityType: 'distribution_centre' },
    orderIds: [],
    facilityId: null,
  },
  fraud: { ...commonBody, topic: 'fraud', fields: {}, orderIds: [], facilityId: null, confidential: true },
  payments: {
    ...commonBody,
    topic: 'payments',
    fields: {
      payoutPeriod: { from: '2026-10-01', to: '2026-10-31' },
      amount: { amount: '15000.00', currency: 'RUB' },
    },
    orderIds: [],
    facilityId: null,
  },
  warranty: {
    ...commonBody,
    topic: 'warranty',
    fields: { itemSku: 'A-1', defect: 'Не включается' },
    orderIds: ['87412-0093-1'],
    facilityId: null,
  },
};

export const problemExample = {
  type: 'https://example.ru/problems/validation',
  title: 'Проверьте поля',
  status: 422,
  detail: 'Тема слишком короткая',
  errors: [{ path: 'subject', message: 'Не короче 3 символов' }],
};
