import {
  lastMessageSnippetMax,
  type Order,
  type OrderStatus,
  type Policy,
  type Ticket,
  type TicketEvent,
  type TicketLastMessage,
  type TicketStatus,
} from '@seller-support/contract';

// The ticket's rules: who may do what in which status. Pure functions, so they are tested without
// a database and read the same for the seller's API and the desk's.

/** A refusal a rule gives; the routes answer it as a 409 with these words. */
export interface Refusal {
  refused: string;
}
const refuse = (refused: string): Refusal => ({ refused });

/** Whether the seller may write to the ticket: anything but a closed one. */
export function canPostMessage(status: TicketStatus): Refusal | null {
  return status === 'closed' ? refuse('The request is closed; create a new one.') : null;
}

/** The seller answering the moderator's question hands the request back to them. */
export function statusAfterSellerMessage(status: TicketStatus): TicketStatus {
  return status === 'waiting_seller' ? 'in_progress' : status;
}

/** Whether a resolved ticket may be reopened now: within `reopenWithinDays` of its resolution. */
export function canReopen(
  ticket: Pick<Ticket, 'status' | 'updatedAt'>,
  events: readonly TicketEvent[],
  policy: Pick<Policy, 'reopenWithinDays'>,
  nowMs: number,
): Refusal | null {
  if (ticket.status !== 'resolved') return refuse('Only a resolved request can be reopened.');
  const resolvedAt = events.findLast((event) => event.kind === 'resolved')?.at ?? ticket.updatedAt;
  const days = policy.reopenWithinDays;
  if (nowMs - Date.parse(resolvedAt) > days * 86_400_000)
    return refuse(`A request can be reopened within ${days} days of its resolution.`);
  return null;
}

/** Whether the seller may rate the help: once, when resolved or closed. */
export function canRate(ticket: Pick<Ticket, 'status' | 'rating'>): Refusal | null {
  if (ticket.rating !== null) return refuse('The request is already rated.');
  if (ticket.status !== 'resolved' && ticket.status !== 'closed')
    return refuse('Only a resolved or closed request can be rated.');
  return null;
}

/**
 * Whether an action repeats what the ticket already shows (a retry whose first answer was lost):
 * then it changes nothing and answers the ticket as it is, rather than a 409.
 */
export const repeats = {
  rating: (ticket: Pick<Ticket, 'rating'>, rating: { score: number; comment?: string | undefined }) =>
    ticket.rating !== null &&
    ticket.rating.score === rating.score &&
    ticket.rating.comment === rating.comment,
  /** The request is open again from a reopen with this very reason, and nothing has closed it since. */
  reopen: (events: readonly TicketEvent[], reason: string) => {
    const lastTurn = events.findLast(
      (event) => event.kind === 'reopened' || event.kind === 'resolved' || event.kind === 'closed',
    );
    return lastTurn?.kind === 'reopened' && lastTurn.reason === reason;
  },
  /** The offer was decided this very way, with this very comment. */
  decision: (
    events: readonly TicketEvent[],
    offerId: string,
    decision: 'accept' | 'decline',
    comment?: string,
  ) =>
    events.some(
      (event) =>
        event.kind === 'offer_decided' &&
        event.offerId === offerId &&
        event.decision === decision &&
        event.comment === comment,
    ),
};

/** Where a ticket goes when the seller decides an offer: accepted settles it, declined returns it to work. */
export function statusAfterOfferDecision(decision: 'accept' | 'decline'): TicketStatus {
  return decision === 'accept' ? 'resolved' : 'in_progress';
}

/** What the resolution after an accepted offer says (the mocks' words, so both timelines read the same). */
export const acceptedOfferNote = 'Предложение принято продавцом';

/** The latest message as a list shows it: one line, at most 200 characters, never half an emoji. */
export function lastMessageOf(event: Extract<TicketEvent, { kind: 'message' }>): TicketLastMessage {
  const text = Array.from(event.body.replace(/\s+/g, ' ').trim());
  let body = text.slice(0, lastMessageSnippetMax).join('');
  // The contract counts UTF-16 units: drop whole characters until an astral-heavy snippet fits.
  while (body.length > lastMessageSnippetMax) body = Array.from(body).slice(0, -1).join('');
  return { author: event.author, body, at: event.at };
}

/** Statuses in which a parcel has left the seller but not reached the pickup point. */
const notYetArrived: ReadonlySet<OrderStatus> = new Set(['shipped', 'in_transit']);

/** Whether an order can be asked about as a parcel on its way. */
export function isOnItsWay(order: Pick<Order, 'status'>): boolean {
  return notYetArrived.has(order.status);
}

/**
 * The newest calendar date anywhere on Earth at a moment (UTC+14): a seller whose calendar is
 * ahead of Moscow's can still date an incident "today".
 */
export function latestCalendarDate(nowMs: number): string {
  return new Date(nowMs + 14 * 3_600_000).toISOString().slice(0, 10);
}
