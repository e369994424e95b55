import {
  liveReadySchema,
  liveResetSchema,
  liveTicketChangeSchema,
  ticketPageSchema,
  type LiveTicketChange,
  type Ticket,
} from '@seller-support/contract';
import {
  deskLiveTicketChangeSchema,
  deskTicketEventSchema,
  type DeskLiveTicketChange,
} from '@seller-support/contract/desk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectJson, expectProblem, newKey, parseStrictly, SellerHttp } from '../http';
import { createTicket, discoverWorld, ticketBody, type World } from '../world';
import { SseStream, type SseMessage } from './sse';
import type { LiveConformanceTarget, LiveConformanceTargets } from './target';

interface LiveContext {
  target: LiveConformanceTarget;
  seller: SellerHttp;
  otherSeller: SellerHttp;
  desk: SellerHttp;
  world: World;
  otherWorld: World;
}

const ticketPath = (id: string, tail = '') => `/tickets/${encodeURIComponent(id)}${tail}`;

function sellerChange(message: SseMessage): LiveTicketChange {
  return parseStrictly(liveTicketChangeSchema, JSON.parse(message.data), 'event: ticket (seller)');
}

function deskChange(message: SseMessage): DeskLiveTicketChange {
  return parseStrictly(deskLiveTicketChangeSchema, JSON.parse(message.data), 'event: ticket (desk)');
}

/**
 * The live stream's conformance suite (both `/events`): `ready` first, a change on either side
 * reaching the other's stream, what a stream never carries (internal notes to a seller, another
 * seller's tickets), resume after a drop without loss or repeat, reset on a cursor it cannot
 * replay from, the server without the stream, and no subscription left behind. Every message is
 * held to the contract's schemas. Call it once per target.
 */
export function defineLiveConformanceSuite(name: string, targets: LiveConformanceTargets): void {
  describe(`live stream conformance: ${name}`, () => {
    let context: LiveContext | undefined;
    const open: SseStream[] = [];
    const suite = (): LiveContext => {
      if (context === undefined) throw new Error('The target did not start (see beforeAll).');
      return context;
    };
    const sellerStream = async (token?: string, lastEventId?: string) => {
      const { target } = suite();
      const stream = await SseStream.open(
        `${target.seller.apiBaseUrl}/events`,
        token ?? target.seller.token,
        lastEventId,
      );
      open.push(stream);
      return stream;
    };
    const deskStream = async (lastEventId?: string) => {
      const { target } = suite();
      const stream = await SseStream.open(`${target.desk.baseUrl}/events`, target.desk.token, lastEventId);
      open.push(stream);
      return stream;
    };
    const ready = (stream: SseStream) => stream.until('ready', () => stream.messages.length > 0);
    const changesOf = (stream: SseStream) => stream.of('ticket').map(sellerChange);
    const sawEvent = (stream: SseStream, eventId: string) => () =>
      stream.of('ticket').some((message) => sellerChange(message).eventId === eventId);
    const newTicket = (seller = suite().seller, world = suite().world): Promise<Ticket> =>
      createTicket(seller, ticketBody(world, 'parcel_location'));
    const reply = async (ticketId: string, body: string): Promise<string> => {
      const answer = await suite().desk.post(
        ticketPath(ticketId, '/messages'),
        { body, attachmentIds: [] },
        { idempotencyKey: newKey() },
      );
      expect(answer.status, `POST /messages: ${JSON.stringify(answer.json)}`).toBe(201);
      const event = parseStrictly(deskTicketEventSchema, answer.json, 'the desk’s new event');
      return event.id;
    };

    beforeAll(async () => {
      const target = await targets.start();
      try {
        const seller = new SellerHttp(target.seller.apiBaseUrl, target.seller.token);
        const otherSeller = seller.as(target.seller.otherToken);
        context = {
          target,
          seller,
          otherSeller,
          desk: new SellerHttp(target.desk.baseUrl, target.desk.token),
          world: await discoverWorld(seller),
          otherWorld: await discoverWorld(otherSeller),
        };
      } catch (error) {
        await target.close();
        throw error;
      }
    }, 60_000);

    afterAll(async () => {
      for (const stream of open) stream.close();
      await context?.target.close();
    });

    // `X-Accel-Buffering: no` is the service's own hint to a proxy, not the contract's: tested there.
    it('answers text/event-stream, not stored, and sends ready first (no id), then keep-alives', async () => {
      const { target } = suite();
      for (const stream of [await sellerStream(), await deskStream()]) {
        expect(stream.response.status).toBe(200);
        expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
        expect(stream.response.headers.get('cache-control')).toBe('no-store');
        await ready(stream);
        const [first] = stream.messages;
        expect(first?.event).toBe('ready');
        expect(first?.id).toBeUndefined();
        const data = parseStrictly(liveReadySchema, JSON.parse(first?.data ?? ''), 'event: ready');
        expect(data.heartbeatSeconds).toBe(target.heartbeatSeconds);
        await stream.until(
          'a keep-alive comment',
          () => stream.comments > 0,
          data.heartbeatSeconds * 2000 + 2000,
        );
        stream.close();
      }
    });

    it('refuses a missing (or, where the server checks, unknown) token with a 401 problem, as every route does', async () => {
      const { target } = suite();
      const { rejectedToken } = target.seller;
      for (const token of rejectedToken === undefined ? [null] : [null, rejectedToken]) {
        const stream = await SseStream.open(`${target.seller.apiBaseUrl}/events`, token);
        expect(stream.response.status).toBe(401);
        expect(stream.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        const desk = await SseStream.open(`${target.desk.baseUrl}/events`, token ?? target.seller.token);
        expect(desk.response.status).toBe(401);
      }
    });

    it('a moderator’s message reaches the seller’s stream, and the seller’s new ticket the desk’s', async () => {
      const seller = await sellerStream();
      const desk = await deskStream();
      await Promise.all([ready(seller), ready(desk)]);
      const ticket = await newTicket();
      await desk.until('the new ticket on the desk', () =>
        desk.of('ticket').some((message) => deskChange(message).ticketId === ticket.id),
      );
      const created = desk
        .of('ticket')
        .map(deskChange)
        .find((change) => change.ticketId === ticket.id);
      expect(created).toMatchObject({ ticketId: ticket.id, kind: 'created', visibility: 'seller' });

      const eventId = await reply(ticket.id, 'Посылка в пути, будет завтра.');
      await seller.until('the moderator’s message', sawEvent(seller, eventId));
      const change = changesOf(seller).find((item) => item.eventId === eventId);
      expect(change).toMatchObject({ ticketId: ticket.id, eventId, kind: 'message' });
      for (const message of seller.of('ticket')) expect(message.id).toMatch(/^\S+$/);
    });

    it('an internal note reaches the desk’s stream, never the seller’s', async () => {
      const { desk } = suite();
      const seller = await sellerStream();
      const deskLive = await deskStream();
      await Promise.all([ready(seller), ready(deskLive)]);
      const ticket = await newTicket();
      const note = await desk.post(
        ticketPath(ticket.id, '/notes'),
        { body: 'Внутренняя заметка для смены' },
        { idempotencyKey: newKey() },
      );
      expect(note.status).toBe(201);
      const noteId = parseStrictly(deskTicketEventSchema, note.json, 'the note').id;
      await deskLive.until('the note on the desk', () =>
        deskLive.of('ticket').some((message) => deskChange(message).eventId === noteId),
      );
      const onDesk = deskLive
        .of('ticket')
        .map(deskChange)
        .find((change) => change.eventId === noteId);
      expect(onDesk).toMatchObject({ ticketId: ticket.id, kind: 'note', visibility: 'internal' });

      // A message after the note: once it is on the seller's stream, the note would have been before it.
      const after = await reply(ticket.id, 'Ответ после заметки');
      await seller.until('the message after the note', sawEvent(seller, after));
      const ids = changesOf(seller).map((change) => change.eventId);
      expect(ids).not.toContain(noteId);
      expect(changesOf(seller).map((change) => change.kind)).not.toContain('note');
    });

    it('another seller’s ticket never reaches a seller’s stream', async () => {
      const { otherSeller, otherWorld, target } = suite();
      const mine = await sellerStream();
      const theirs = await sellerStream(target.seller.otherToken);
      await Promise.all([ready(mine), ready(theirs)]);
      const other = await newTicket(otherSeller, otherWorld);
      const otherReply = await reply(other.id, 'Ответ другому продавцу');
      await theirs.until('their reply', sawEvent(theirs, otherReply));
      const own = await newTicket();
      const ownReply = await reply(own.id, 'Ответ своему продавцу');
      await mine.until('my reply', sawEvent(mine, ownReply));
      expect(changesOf(mine).map((change) => change.ticketId)).not.toContain(other.id);
      expect(changesOf(theirs).map((change) => change.ticketId)).not.toContain(own.id);
    });

    it('a burst of 20 dropped in the middle and resumed with Last-Event-ID: every event once, in order', async () => {
      const first = await sellerStream();
      await ready(first);
      const ticket = await newTicket();
      const posted: string[] = [];
      const burst = (async () => {
        for (let index = 1; index <= 20; index += 1)
          posted.push(await reply(ticket.id, `Сообщение ${index}`));
      })();
      const ofTicket = (stream: SseStream) =>
        stream.of('ticket').filter((message) => sellerChange(message).ticketId === ticket.id);
      // `created` and a few of the burst, then the connection is gone.
      await first.until('part of the burst', () => ofTicket(first).length >= 6, 20_000);
      first.close();
      const lastId = first.of('ticket').at(-1)?.id;
      expect(lastId).toBeDefined();
      const resumed = await sellerStream(undefined, lastId);
      await burst;
      const tail = await reply(ticket.id, 'После пачки');
      await resumed.until('the rest of the burst', sawEvent(resumed, tail), 20_000);

      const seen = [...ofTicket(first), ...ofTicket(resumed)].map((message) => sellerChange(message).eventId);
      expect(seen.filter((id) => posted.includes(id) || id === tail)).toEqual([...posted, tail]);
      expect(new Set(seen).size).toBe(seen.length);
      expect(resumed.of('reset')).toEqual([]);
      const ids = [...first.of('ticket'), ...resumed.of('ticket')].map((message) => message.id);
      expect(new Set(ids).size).toBe(ids.length);
    }, 60_000);

    it('a Last-Event-ID it cannot replay from (unreadable, the desk’s, another seller’s) is a reset with an id to go on from', async () => {
      const { target } = suite();
      const desk = await deskStream();
      const other = await sellerStream(target.seller.otherToken);
      await Promise.all([ready(desk), ready(other)]);
      const ticket = await newTicket();
      await desk.until('an id on the desk', () => desk.of('ticket').length > 0);
      const deskId = desk.of('ticket').at(-1)?.id ?? '';
      const otherTicket = await newTicket(suite().otherSeller, suite().otherWorld);
      await other.until('an id of the other seller', () =>
        changesOf(other).some((change) => change.ticketId === otherTicket.id),
      );
      const otherId = other.of('ticket').at(-1)?.id ?? '';

      for (const cursor of ['not a cursor', 'AAAA', deskId, otherId]) {
        const stream = await sellerStream(undefined, cursor);
        await stream.until('the reset', () => stream.of('reset').length > 0);
        const [readyMessage, reset] = stream.messages;
        expect(readyMessage?.event).toBe('ready');
        expect(reset?.event).toBe('reset');
        expect(reset?.id).toMatch(/^\S+$/);
        parseStrictly(liveResetSchema, JSON.parse(reset?.data ?? ''), 'event: reset');
        // Going on from the reset's id: the next change comes, nothing before it.
        const next = await sellerStream(undefined, reset?.id);
        await ready(next);
        const eventId = await reply(ticket.id, `После сброса ${cursor.length}`);
        await next.until('the change after the reset', sawEvent(next, eventId));
        expect(next.of('reset')).toEqual([]);
        expect(changesOf(next).map((change) => change.eventId)).toEqual([eventId]);
        stream.close();
        next.close();
      }
    }, 60_000);

    it('leaves no subscription behind: 50 streams opened and dropped', async ({ skip }) => {
      const { target } = suite();
      const count = target.listenerCount?.bind(target);
      if (count === undefined) return skip('the target cannot tell its subscriptions');
      for (const stream of open) stream.close();
      await waitFor('no subscriptions before', () => count() === 0);
      const streams = await Promise.all(Array.from({ length: 50 }, () => sellerStream()));
      await Promise.all(streams.map(ready));
      expect(count()).toBe(50);
      for (const stream of streams) stream.close();
      await waitFor('every subscription gone', () => count() === 0);
    });

    it('without the stream the server answers /events with a 404 problem, and polling still works', async ({
      skip,
    }) => {
      if (targets.startWithoutLive === undefined) return skip('the target cannot start without the stream');
      const off = await targets.startWithoutLive();
      try {
        const seller = new SellerHttp(off.seller.apiBaseUrl, off.seller.token);
        expectProblem(await seller.get('/events'), 404);
        expectProblem(await new SellerHttp(off.desk.baseUrl, off.desk.token).get('/events'), 404);
        expectJson(await seller.get('/tickets'), 200, ticketPageSchema);
      } finally {
        await off.close();
      }
    }, 60_000);
  });
}

async function waitFor(what: string, condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`Waited ${timeoutMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
