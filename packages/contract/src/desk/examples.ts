import { attachmentExample, moderatorExample, offerExample, ticketRequestExample } from '../testing/examples';
import type {
  CloseBody,
  DeskMessageBody,
  NoteBody,
  ProposeOfferBody,
  ResolveBody,
  StepBody,
  TakeTicketBody,
  ThirdPartyBody,
} from './schemas';

// The desk contract's examples: the desk's OpenAPI document shows them for every request and
// response, and the tests parse each with its schema. Written by hand, like the seller's
// (../testing/examples.ts), whose examples they reuse where the thing is the same.

export const deskModeratorExample = moderatorExample;

export const deskSellerExample = { id: 's-1042', legalName: 'ООО «Ромашка»', tier: 'standard' };

const at = '2026-11-21T09:00:00+03:00';
const seller = { visibility: 'seller' };
const by = { ...seller, moderator: moderatorExample };

/** One example of every desk event kind. */
export const deskTicketEventExamples = [
  { id: 'e-1', at, kind: 'created', ...seller },
  { id: 'e-2', at, kind: 'assigned', moderator: moderatorExample, ...seller },
  { id: 'e-3', at, kind: 'step', text: 'Запросили данные у перевозчика', ...by },
  {
    id: 'e-4',
    at,
    kind: 'message',
    author: 'seller',
    body: 'Где посылка?\nЗаказ 87412-0093-1',
    attachments: [attachmentExample],
    ...seller,
  },
  { id: 'e-5', at, kind: 'third_party', party: 'carrier', note: 'Ждём ответ перевозчика', ...by },
  { id: 'e-6', at, kind: 'offer', offer: offerExample, ...by },
  {
    id: 'e-7',
    at,
    kind: 'offer_decided',
    offerId: 'of-1',
    decision: 'accept',
    comment: 'Спасибо',
    ...seller,
  },
  { id: 'e-8', at, kind: 'resolved', note: 'Посылка найдена', ...by },
  { id: 'e-9', at, kind: 'reopened', reason: 'Посылка снова потерялась', ...seller },
  { id: 'e-10', at, kind: 'rated', score: 5, comment: 'Быстро', ...seller },
  { id: 'e-11', at, kind: 'closed', ...by },
  {
    id: 'e-12',
    at,
    kind: 'note',
    body: 'Перевозчик отвечает медленно, напомнить завтра.',
    moderator: moderatorExample,
    visibility: 'internal',
  },
];

/** `GET /tickets/{id}` on the desk. */
export const deskTicketExample = {
  id: 'T-000123',
  number: '123',
  topic: 'parcel_location',
  subject: 'Где посылка',
  status: 'in_progress',
  createdAt: '2026-11-21T08:55:00+03:00',
  updatedAt: '2026-11-21T09:00:00+03:00',
  assignee: moderatorExample,
  firstResponseDueAt: null,
  unread: 0,
  rating: null,
  seller: deskSellerExample,
  request: ticketRequestExample,
  offers: [offerExample],
  events: deskTicketEventExamples,
};

/** A ticket in `GET /queue`: not yet answered, its first answer due in ten minutes. */
export const queueItemExample = {
  id: 'T-000124',
  number: '124',
  topic: 'parcel_location',
  subject: 'Посылка не пришла',
  status: 'new',
  createdAt: '2026-11-21T08:55:00+03:00',
  updatedAt: '2026-11-21T08:55:00+03:00',
  assignee: null,
  seller: deskSellerExample,
  orderIds: ['87412-0093-1'],
  firstResponseDueAt: '2026-11-21T09:10:00+03:00',
  overdue: false,
  unread: 1,
  lastMessage: { author: 'seller', body: 'Где посылка?', at: '2026-11-21T08:55:00+03:00' },
};

/** `GET /queue`: one page, more after `nextCursor`. */
export const queuePageExample = {
  items: [queueItemExample],
  nextCursor: 'b2Zmc2V0OjIw',
  counts: { open: 12, mine: 3, unassigned: 5, overdue: 1 },
};

export const takeTicketBodyExample = { force: false } satisfies TakeTicketBody;
export const deskMessageBodyExample = {
  body: 'Посылка у перевозчика, доставят завтра.',
  attachmentIds: ['att-1'],
} satisfies DeskMessageBody;
export const stepBodyExample = { text: 'Запросили данные у перевозчика' } satisfies StepBody;
export const thirdPartyBodyExample = {
  party: 'carrier',
  note: 'Ждём ответ перевозчика',
} satisfies ThirdPartyBody;
/** One valid `POST /tickets/{id}/offers` body per kind. */
export const proposeOfferBodyExamples = {
  discount: {
    kind: 'discount',
    description: 'Скидка на следующую доставку',
    amount: { amount: '300.00', currency: 'RUB' },
  },
  compensation: {
    kind: 'compensation',
    description: 'Компенсация за задержку',
    amount: { amount: '500.00', currency: 'RUB' },
  },
  alternative: { kind: 'alternative', description: 'Отправим замену со склада в Подольске', amount: null },
} satisfies Record<string, ProposeOfferBody>;
export const resolveBodyExample = { note: 'Посылка найдена' } satisfies ResolveBody;
export const closeBodyExample = {} satisfies CloseBody;
export const noteBodyExample = { body: 'Перевозчик отвечает медленно, напомнить завтра.' } satisfies NoteBody;

/** The events the desk's creating POSTs answer with. */
export const deskMessageEventExample = {
  id: 'e-13',
  at,
  kind: 'message',
  author: 'moderator',
  body: deskMessageBodyExample.body,
  attachments: [attachmentExample],
  ...by,
};
export const deskStepEventExample = { id: 'e-14', at, kind: 'step', text: stepBodyExample.text, ...by };
export const deskThirdPartyEventExample = {
  id: 'e-15',
  at,
  kind: 'third_party',
  ...thirdPartyBodyExample,
  ...by,
};
export const deskOfferEventExample = { id: 'e-16', at, kind: 'offer', offer: offerExample, ...by };
export const deskNoteEventExample = {
  id: 'e-17',
  at,
  kind: 'note',
  body: noteBodyExample.body,
  moderator: moderatorExample,
  visibility: 'internal',
};
