import { liveStreamMediaType, liveTicketChangeSchema, type CreateTicketBody } from '@seller-support/contract';
import { deskLiveTicketChangeSchema } from '@seller-support/contract/desk';
import * as z from 'zod/mini';
import { describe, expect, it, onTestFinished } from 'vitest';
import { deskAnna } from './desk/moderators';
import { makeContextSnapshot } from './factories';
import { startContractServer } from './http-server';
import { readSse, type SseBlock } from './live-reader';
import type { MockStore } from './store';

// Over a real socket, with no MSW in the process: what e2e tests and the conformance suite run against.

let keyCounter = 0;
const key = () => {
  keyCounter += 1;
  return `00000000-0000-4000-8000-f${String(keyCounter).padStart(11, '0')}`;
};

function dataOf<S extends z.ZodMiniType>(schema: S, block: SseBlock): z.output<S> {
  return z.parse(schema, JSON.parse(block.data ?? 'null'));
}

function accountTicketBody(target: MockStore): CreateTicketBody {
  return {
    topic: 'account',
    subject: 'Не могу войти',
    description: 'Подробное описание проблемы для модератора.',
    fields: { area: 'cabinet' },
    orderIds: [],
    facilityId: null,
    attachmentIds: [],
    confidential: false,
    context: makeContextSnapshot(target.getContext(), []),
  };
}

describe('the contract server’s live streams, over real HTTP', () => {
  it('stream each message as it happens, and only the seller’s own tickets', async () => {
    const contract = await startContractServer({
      dataset: { tickets: { deskQueue: true } },
      sellers: { 'other-token': { tickets: 0 } },
    });
    onTestFinished(() => contract.close());
    const other = contract.sellers.get('other-token');
    if (other === undefined) throw new Error('the other seller is configured');
    const controller = new AbortController();
    onTestFinished(() => controller.abort());
    const headers = (token: string) => ({ Accept: liveStreamMediaType, Authorization: `Bearer ${token}` });

    // `fetch` resolves at the headers, and `ready` arrives while the stream stays open.
    const sellerResponse = await fetch(`${contract.apiBaseUrl}/events`, {
      headers: headers('demo-token'),
      signal: controller.signal,
    });
    expect(sellerResponse.headers.get('Content-Type')).toMatch(/^text\/event-stream\b/);
    expect(sellerResponse.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const seller = readSse(sellerResponse);
    expect((await seller.next()).event).toBe('ready');
    const otherResponse = await fetch(`${contract.apiBaseUrl}/events`, {
      headers: headers('other-token'),
      signal: controller.signal,
    });
    const otherSeller = readSse(otherResponse);
    expect((await otherSeller.next()).event).toBe('ready');
    const deskResponse = await fetch(`${contract.deskApiBaseUrl}/events`, {
      headers: headers('desk-token'),
      signal: controller.signal,
    });
    const deskStream = readSse(deskResponse);
    expect((await deskStream.next()).event).toBe('ready');

    // The other seller's new request is theirs alone; the desk's act reaches this seller at once.
    const othersTicket = other.store.createTicket(accountTicketBody(other.store), key()).value;
    contract.desk.take(deskAnna, 'T-000107', {});
    const [sellerSaw] = await seller.messages(1);
    expect(dataOf(liveTicketChangeSchema, sellerSaw ?? {})).toMatchObject({
      ticketId: 'T-000107',
      kind: 'assigned',
    });
    const [otherSaw] = await otherSeller.messages(1);
    expect(dataOf(liveTicketChangeSchema, otherSaw ?? {})).toMatchObject({
      ticketId: othersTicket.id,
      kind: 'created',
    });
    // A moderator answers the other seller at the desk: it reaches that seller's stream alone.
    const answered = await fetch(`${contract.deskApiBaseUrl}/tickets/${othersTicket.id}/messages`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer desk-token',
        'Content-Type': 'application/json',
        'Idempotency-Key': key(),
      },
      body: JSON.stringify({ body: 'Здравствуйте! Уже смотрим.', attachmentIds: [] }),
    });
    expect(answered.status).toBe(201);
    const [answerSaw] = await otherSeller.messages(1);
    expect(dataOf(liveTicketChangeSchema, answerSaw ?? {})).toMatchObject({
      ticketId: othersTicket.id,
      kind: 'message',
    });
    const [deskSaw] = await deskStream.messages(1);
    expect(dataOf(deskLiveTicketChangeSchema, deskSaw ?? {}).ticketId).toBe('T-000107');

    expect(contract.store.live.subscriberCount).toBe(2);
    expect(other.store.live.subscriberCount).toBe(1);
    controller.abort();
    await expect.poll(() => contract.store.live.subscriberCount + other.store.live.subscriberCount).toBe(0);
  });

  it('let go of a stream whose client stops reading, and of every stream at close', async () => {
    const contract = await startContractServer();
    const request = () =>
      fetch(`${contract.apiBaseUrl}/events`, {
        headers: { Accept: liveStreamMediaType, Authorization: 'Bearer demo-token' },
      });
    const cancelled = readSse(await request());
    expect((await cancelled.next()).event).toBe('ready');
    const kept = readSse(await request());
    expect((await kept.next()).event).toBe('ready');
    expect(contract.store.live.subscriberCount).toBe(2);
    await cancelled.cancel();
    await expect.poll(() => contract.store.live.subscriberCount).toBe(1);
    await contract.close();
    expect(contract.store.live.subscriberCount).toBe(0);
    await expect(kept.next()).rejects.toThrow();
  });
});
