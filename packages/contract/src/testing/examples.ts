// The contract's examples: the OpenAPI document shows them for every request and response, and the
// tests parse each with its schema. Deliberately written out by hand rather than made by the mocks'
// factories, so a factory bug cannot hide a schema bug.

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
  eventsCursor: 'p11',
  request: ticketRequestExample,
};

/** `GET /tickets/{id}/events?after=p10`: one new event since, the ticket and its offers as they stand. */
export const ticketChangesExample = {
  ticket: { ...ticketListItemExample, status: 'closed' },
  events: [{ id: 'e-11', at, kind: 'closed' }],
  offers: [{ ...offerExample, status: 'accepted' }],
  eventsCursor: 'p11',
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

/** A ticket as `POST /tickets` creates it: new, with its `created` event and what the seller sent. */
export const createdTicketExample = {
  id: 'T-000124',
  number: '124',
  topic: 'parcel_location',
  subject: 'Где посылка',
  status: 'new',
  createdAt: '2026-11-21T08:55:00+03:00',
  updatedAt: '2026-11-21T08:55:00+03:00',
  assignee: null,
  expectedFirstResponseBy: '2026-11-21T09:10:00+03:00',
  unread: 0,
  rating: null,
  events: [{ id: 'e-1', at: '2026-11-21T08:55:00+03:00', kind: 'created' }],
  request: { ...ticketRequestExample, fields: {}, facilityId: null, facility: null },
};

/** A page of `GET /orders`: more follow after `nextCursor`. */
export const orderPageExample = { items: [orderExample], nextCursor: 'b2Zmc2V0OjIw', total: 1834 };

/** A page of `GET /facilities`: the last one. */
export const facilityPageExample = { items: [facilityExample], nextCursor: null, total: 1 };

/** A page of `GET /tickets`: the last one. */
export const ticketPageExample = { items: [ticketListItemExample], nextCursor: null, total: 1 };

/** The body of `GET /articles`. */
export const articleListExample = {
  items: [
    {
      id: 'art-12',
      title: 'Где моя посылка',
      excerpt: 'Как узнать, где заказ, и когда писать в поддержку.',
      url: 'https://example.ru/help/parcel-location',
    },
  ],
};

/** Bodies of the ticket actions. */
export const postMessageBodyExample = { body: 'Посылка всё ещё не пришла.', attachmentIds: ['att-1'] };
export const offerDecisionBodyExample = { decision: 'accept', comment: 'Спасибо' };
export const reopenBodyExample = { reason: 'Посылка снова потерялась' };
export const ratingBodyExample = { score: 5, comment: 'Быстро' };

export const problemExample = {
  type: 'https://example.ru/problems/validation',
  title: 'Проверьте поля',
  status: 422,
  detail: 'Тема слишком короткая',
  errors: [{ path: 'subject', message: 'Не короче 3 символов' }],
};

/** A problem document per error status of the document (`5XX` shown as a 503). */
export const problemExamples = {
  '400': {
    type: 'https://example.ru/problems/bad-request',
    title: 'Bad request',
    status: 400,
    detail: 'Send an Idempotency-Key header (a UUID) with every creating POST.',
    errors: [{ path: 'Idempotency-Key', message: 'required header', code: 'required' }],
  },
  '401': {
    type: 'https://example.ru/problems/unauthorized',
    title: 'Unauthorized',
    status: 401,
    detail: 'The access token is missing or expired.',
  },
  '403': {
    type: 'https://example.ru/problems/forbidden',
    title: 'Forbidden',
    status: 403,
    detail: 'This seller may not write to support.',
  },
  '404': {
    type: 'https://example.ru/problems/not-found',
    title: 'Not found',
    status: 404,
    detail: 'There is no request T-000999.',
  },
  '409': {
    type: 'https://example.ru/problems/conflict',
    title: 'Conflict',
    status: 409,
    detail: 'The offer was already declined.',
  },
  '413': {
    type: 'https://example.ru/problems/payload-too-large',
    title: 'Attachment too large',
    status: 413,
    detail: 'The file is larger than 10485760 bytes.',
    errors: [{ path: 'file', message: 'at most 10485760 bytes', code: 'too_large' }],
  },
  '415': {
    type: 'https://example.ru/problems/unsupported-media-type',
    title: 'Attachment type refused',
    status: 415,
    detail: 'Only image/jpeg, image/png, image/webp, application/pdf files are accepted.',
  },
  '422': problemExample,
  '429': {
    type: 'https://example.ru/problems/rate-limited',
    title: 'Too many requests',
    status: 429,
    detail: 'Too many requests; retry after 30 seconds.',
  },
  '5XX': {
    type: 'https://example.ru/problems/server-error',
    title: 'Service unavailable',
    status: 503,
    detail: 'Support is being updated; retry in a minute.',
  },
};
