import { ticketSchema, type Moderator, type Ticket, type Topic } from '@seller-support/contract';
import {
  deskTicketEventSchema,
  deskTicketSchema,
  queuePageSchema,
  type DeskTicket,
  type DeskTicketEvent,
  type FetchDeskClient,
  type QueueItem,
  type QueuePage,
} from '@seller-support/contract/desk';
import type { FetchApiClient } from '@seller-support/contract';
import { expect } from 'vitest';
import { expectJson, newKey, type Answer, type QueryValue, type SellerHttp } from '../http';
import { createTicket, ticketBody, type World } from '../world';
import type { DeskConformanceTarget } from './target';

/** Shared per test file: the target, the desk as two moderators, the seller side, and what was discovered. */
export interface DeskSuiteContext {
  target: DeskConformanceTarget;
  /** The desk's API as the first moderator, plain `fetch` (the answers read with the contract's strict schemas). */
  desk: SellerHttp;
  /** The same as the second moderator. */
  otherDesk: SellerHttp;
  /** The desk's typed client as the first moderator (the desk's own code path). */
  deskClient: FetchDeskClient;
  me: Moderator;
  other: Moderator;
  /** The seller API as the seller, plain `fetch`, and its typed client. */
  seller: SellerHttp;
  sellerClient: FetchApiClient;
  world: World;
}

export const ticketPath = (id: string, tail = '') => `/tickets/${encodeURIComponent(id)}${tail}`;

/** A new ticket, made by the seller through the seller API, as the seller sees it. */
export function newTicket(
  context: DeskSuiteContext,
  topic: Topic = 'parcel_location',
  subject?: string,
): Promise<Ticket> {
  return createTicket(context.seller, ticketBody(context.world, topic, subject));
}

/** The desk's `GET /tickets/{id}`, read strictly. */
export async function deskTicket(desk: SellerHttp, id: string): Promise<DeskTicket> {
  return expectJson(await desk.get(ticketPath(id)), 200, deskTicketSchema);
}

/** The seller's `GET /tickets/{id}`, read strictly. */
export async function sellerTicket(seller: SellerHttp, id: string): Promise<Ticket> {
  return expectJson(await seller.get(ticketPath(id)), 200, ticketSchema);
}

/** A creating desk action with a fresh key: 201 and its event. */
export async function create(
  desk: SellerHttp,
  id: string,
  tail: string,
  body: unknown,
): Promise<DeskTicketEvent> {
  return expectJson(
    await desk.post(ticketPath(id, tail), body, { idempotencyKey: newKey() }),
    201,
    deskTicketEventSchema,
  );
}

/** A ticket action (take, resolve, close) without a key: 200 and the ticket. */
export async function act(
  desk: SellerHttp,
  id: string,
  tail: string,
  body: unknown = {},
): Promise<DeskTicket> {
  return expectJson(await desk.post(ticketPath(id, tail), body), 200, deskTicketSchema);
}

/**
 * Walks the queue to its end with the query, checking each page: the strict schema, at most
 * `limit` items, no item twice. Returns every item in order, and the counters of the first page.
 */
export async function walkQueue(
  desk: SellerHttp,
  query: Readonly<Record<string, QueryValue>> = {},
  limit = 100,
): Promise<{ items: QueueItem[]; counts: QueuePage['counts']; pages: number }> {
  const items: QueueItem[] = [];
  let cursor: string | null = null;
  let pages = 0;
  let counts: QueuePage['counts'] | undefined;
  do {
    const answer: Answer = await desk.get('/queue', {
      ...query,
      limit,
      ...(cursor === null ? {} : { cursor }),
    });
    const page = expectJson(answer, 200, queuePageSchema);
    expect(page.items.length, `queue page ${pages + 1} holds at most limit=${limit}`).toBeLessThanOrEqual(
      limit,
    );
    counts ??= page.counts;
    items.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
    expect(pages, 'the queue walk ends').toBeLessThan(1000);
  } while (cursor !== null);
  const ids = items.map((item) => item.id);
  expect(new Set(ids).size, 'no ticket twice in the queue').toBe(ids.length);
  return { items, counts, pages };
}

/** The contract's order of the queue: due soonest first, answered ones (due null) after by update, newest first, then id. */
export function inQueueOrder(a: QueueItem, b: QueueItem): number {
  const dueA = a.firstResponseDueAt === null ? null : Date.parse(a.firstResponseDueAt);
  const dueB = b.firstResponseDueAt === null ? null : Date.parse(b.firstResponseDueAt);
  if (dueA !== dueB) {
    if (dueA === null) return 1;
    if (dueB === null) return -1;
    return dueA - dueB;
  }
  const updated = Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
  if (updated !== 0) return updated;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
