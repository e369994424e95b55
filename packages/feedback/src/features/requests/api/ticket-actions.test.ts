import {
  ConflictError,
  NetworkError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
  type Ticket,
  type TicketEvent,
} from '@seller-support/contract';
import { createDataset } from '@seller-support/mocks';
import { describe, expect, it } from 'vitest';
import { mergeTicket, shouldRetryPostMessage, shouldRetryTicketAction, withEvent } from './ticket-actions';

function datasetTicket(status: Ticket['status']): Ticket {
  const ticket = createDataset().tickets.find((candidate) => candidate.status === status);
  if (!ticket) throw new Error(`No ${status} ticket in the dataset.`);
  return ticket;
}

const reply: TicketEvent = {
  id: 'ev-n1',
  at: '2026-11-25T12:01:00+03:00',
  kind: 'message',
  author: 'seller',
  body: 'Фото повреждения во вложении',
  attachments: [],
};

describe('withEvent', () => {
  it('appends the sent message once and moves updatedAt to it', () => {
    const ticket = datasetTicket('waiting_seller');
    const before = ticket.events?.length ?? 0;
    const once = withEvent(ticket, reply);
    expect(once.events).toHaveLength(before + 1);
    expect(once.events?.at(-1)).toEqual(reply);
    expect(once.updatedAt).toBe(reply.at);
    // A replay of the same key answers with the same event: still one message.
    expect(withEvent(once, reply).events).toHaveLength(before + 1);
  });

  it('never moves updatedAt back', () => {
    const ticket = { ...datasetTicket('in_progress'), updatedAt: '2026-11-26T00:00:00+03:00' };
    expect(withEvent(ticket, reply).updatedAt).toBe('2026-11-26T00:00:00+03:00');
  });
});

describe('mergeTicket', () => {
  it('takes the answer as it is when it has events', () => {
    const cached = datasetTicket('offer_proposed');
    const answer: Ticket = { ...cached, status: 'resolved', events: [] };
    expect(mergeTicket(cached, answer)).toBe(answer);
  });

  it('keeps the cached history when the answer comes without events', () => {
    const cached = datasetTicket('resolved');
    const answer: Ticket = { ...cached, status: 'in_progress' };
    delete answer.events;
    const merged = mergeTicket(cached, answer);
    expect(merged.status).toBe('in_progress');
    expect(merged.events).toBe(cached.events);
  });

  it('keeps the cursor of the cached history with it, so the next refresh asks for what came after', () => {
    const cached: Ticket = { ...datasetTicket('resolved'), eventsCursor: 'p7' };
    const answer: Ticket = { ...cached, status: 'in_progress' };
    delete answer.events;
    delete answer.eventsCursor;
    expect(mergeTicket(cached, answer).eventsCursor).toBe('p7');
  });
});

describe('retries', () => {
  it('resends a message after a lost connection, a timeout or a 5xx at most twice, and after a 401 once', () => {
    for (const error of [
      new NetworkError(),
      new TimeoutError({ timeoutMs: 20_000 }),
      new ServerError({ status: 503 }),
    ]) {
      expect([0, 1, 2].map((count) => shouldRetryPostMessage(count, error))).toEqual([true, true, false]);
    }
    expect([0, 1].map((count) => shouldRetryPostMessage(count, new UnauthorizedError()))).toEqual([
      true,
      false,
    ]);
    for (const error of [new ValidationError(), new ConflictError(), new RateLimitedError()]) {
      expect(shouldRetryPostMessage(0, error)).toBe(false);
    }
  });

  it('repeats a decision, a reopening or a rating like a message: they are safe to repeat with their key', () => {
    for (const error of [
      new NetworkError(),
      new TimeoutError({ timeoutMs: 20_000 }),
      new ServerError({ status: 503 }),
    ]) {
      expect([0, 1, 2].map((count) => shouldRetryTicketAction(count, error))).toEqual([true, true, false]);
    }
    expect(shouldRetryTicketAction(0, new UnauthorizedError())).toBe(true);
    expect(shouldRetryTicketAction(1, new UnauthorizedError())).toBe(false);
    for (const error of [new ValidationError(), new ConflictError(), new RateLimitedError()]) {
      expect(shouldRetryTicketAction(0, error)).toBe(false);
    }
  });
});
