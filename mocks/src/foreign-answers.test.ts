import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  channelKinds,
  facilityTypes,
  FetchApiClient,
  isKnownTicketEvent,
  messageAuthors,
  offerDecisions,
  offerKinds,
  offerStatuses,
  orderStatuses,
  sellerTiers,
  thirdParties,
  ticketEventKinds,
  ticketStatuses,
  topics,
  type ReceivedTicket,
  type ReceivedTicketEvent,
} from '@seller-support/contract';
import * as z from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointResponseSchemas, endpointRoutes, type JsonEndpointName } from './endpoints';
import { makeContextSnapshot } from './factories';
import { foreignField, foreignValues } from './foreign-answers';
import { startContractServer, type ContractServer } from './http-server';

let foreign: ContractServer;
/** Every JSON answer the client received, raw, by endpoint: what the strict schemas are tried on. */
const raw = new Map<JsonEndpointName, unknown[]>();

const routes = Object.entries(endpointRoutes).map(([name, route]) => ({
  name,
  method: route.method.toUpperCase(),
  pattern: new RegExp(`^${route.path.replace(/:[^/]+/g, '[^/]+')}$`),
}));

function isJsonEndpoint(name: string): name is JsonEndpointName {
  return name in endpointResponseSchemas;
}

// Records each answer before the client parses it, so the test sees what went over the wire.
const recordingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const request = new Request(input, init);
  const path = new URL(request.url).pathname.replace(/^\/api\/seller-support\/v1/, '');
  const name = routes.find((route) => route.method === request.method && route.pattern.test(path))?.name;
  if (name !== undefined && isJsonEndpoint(name) && response.ok) {
    const body: unknown = await response.clone().json();
    raw.set(name, [...(raw.get(name) ?? []), body]);
  }
  return response;
};

let client: FetchApiClient;
let key = 0;
const nextKey = () => {
  key += 1;
  return `00000000-0000-4000-8000-${String(key).padStart(12, '0')}`;
};

beforeAll(async () => {
  foreign = await startContractServer({ port: 0, foreign: true });
  client = new FetchApiClient({
    baseUrl: foreign.apiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: recordingFetch,
  });
});
afterAll(async () => {
  await foreign.close();
});

/** Every request of the dataset, read one by one with its history. */
async function everyTicket(): Promise<ReceivedTicket[]> {
  const page = await client.listTickets({ limit: 100 });
  return Promise.all(page.items.map((ticket) => client.getTicket(ticket.id)));
}

const eventsOf = (tickets: readonly ReceivedTicket[]): ReceivedTicketEvent[] =>
  tickets.flatMap((ticket) => ticket.events ?? []);

describe('the contract server in foreign mode', () => {
  it('sends a value the contract does not list for every enum, and keeps known ones beside it', async () => {
    const context = await client.getContext();
    const orders = await client.listOrders({ limit: 100 });
    const facilities = await client.listFacilities({ limit: 100 });
    const policy = await client.getPolicy();
    const tickets = await everyTicket();
    const events = eventsOf(tickets);
    const known = events.filter(isKnownTicketEvent);
    const offers = known.flatMap((event) => (event.kind === 'offer' ? [event.offer] : []));

    const seen: Record<keyof typeof foreignValues, { values: string[]; listed: readonly string[] }> = {
      sellerTier: { values: [context.seller.tier], listed: sellerTiers },
      orderStatus: {
        values: [...context.inTransit, ...orders.items].map(({ status }) => status),
        listed: orderStatuses,
      },
      ticketStatus: { values: tickets.map(({ status }) => status), listed: ticketStatuses },
      topic: { values: tickets.map(({ topic }) => topic), listed: topics },
      eventKind: { values: events.map(({ kind }) => kind), listed: ticketEventKinds },
      messageAuthor: {
        values: known.flatMap((event) => (event.kind === 'message' ? [event.author] : [])),
        listed: messageAuthors,
      },
      thirdParty: {
        values: known.flatMap((event) => (event.kind === 'third_party' ? [event.party] : [])),
        listed: thirdParties,
      },
      offerKind: { values: offers.map(({ kind }) => kind), listed: offerKinds },
      offerStatus: { values: offers.map(({ status }) => status), listed: offerStatuses },
      offerDecision: {
        values: known.flatMap((event) => (event.kind === 'offer_decided' ? [event.decision] : [])),
        listed: offerDecisions,
      },
      facilityType: { values: facilities.items.map(({ type }) => type), listed: facilityTypes },
      channelKind: { values: policy.channels.map(({ kind }) => kind), listed: channelKinds },
    };

    for (const [name, { values, listed }] of Object.entries(seen)) {
      const unknown = values.filter((value) => !listed.includes(value));
      expect(unknown.length, `${name}: values the contract does not list`).toBeGreaterThan(0);
    }
    // Where there are many of a kind, most stay known: a newer server adds values, it does not rename all.
    for (const name of ['orderStatus', 'ticketStatus', 'topic', 'facilityType', 'channelKind'] as const) {
      const { values, listed } = seen[name];
      expect(
        values.filter((value) => listed.includes(value)).length,
        `${name}: known values kept`,
      ).toBeGreaterThan(values.length / 2);
    }
    // Every request's history has an event of a kind the contract does not list.
    for (const ticket of tickets) {
      expect(
        ticket.events?.some((event) => !isKnownTicketEvent(event)),
        `${ticket.id} has an unknown event`,
      ).toBe(true);
    }
  });

  it('puts one malformed item in every list, and the client leaves out that one and no other', async () => {
    const context = await client.getContext();
    const orders = await client.listOrders({ limit: 100 });
    const order = await client.getOrder(orders.items[0]?.id ?? '');
    const facilities = await client.listFacilities({ limit: 100 });
    const policy = await client.getPolicy();
    const articles = await client.listArticles({ topic: 'parcel_location' });
    const tickets = await client.listTickets({ limit: 100 });
    const withEvents = await everyTicket();

    expect(context.omittedInTransit).toBe(1);
    expect(context.inTransit).toHaveLength(foreign.store.getContext().inTransit.length);
    expect(orders.omitted).toBe(1);
    expect(orders.items).toHaveLength(100);
    for (const each of [...context.inTransit, ...orders.items, order]) {
      expect(each.omittedItems, `the lines of order ${each.id}`).toBe(1);
    }
    expect(order.items).toEqual(foreign.store.getOrder(order.id).items);
    expect(facilities.omitted).toBe(1);
    expect(facilities.items).toHaveLength(foreign.store.listFacilities({ limit: 100 }).items.length);
    expect(policy.omittedChannels).toBe(1);
    // The store's channels, and the one of a kind this version does not list.
    expect(policy.channels).toHaveLength(foreign.store.getPolicy().channels.length + 1);
    expect(articles.omitted).toBe(1);
    expect(articles.items.length).toBeGreaterThan(0);
    expect(tickets.omitted).toBe(1);
    expect(tickets.items.map(({ id }) => id)).toEqual(
      foreign.store.listTickets({ limit: 100 }).items.map(({ id }) => id),
    );
    for (const ticket of withEvents) {
      expect(ticket.omittedEvents, `the events of ${ticket.id}`).toBe(1);
      // The store's events, and the one of an unknown kind.
      expect(ticket.events).toHaveLength(foreign.store.getTicket(ticket.id).events.length + 1);
    }
  });

  it('keeps what the module works with: ids, names, amounts, the order of events', async () => {
    const context = await client.getContext();
    const stored = foreign.store.getContext();
    expect(context.seller).toEqual({ ...stored.seller, tier: foreignValues.sellerTier });
    expect(context.dealSummary).toEqual(stored.dealSummary);
    expect(context.inTransit.map(({ id, total }) => ({ id, total }))).toEqual(
      stored.inTransit.map(({ id, total }) => ({ id, total })),
    );
    const ticket = await client.getTicket('T-000105');
    const storedEvents = foreign.store.getTicket('T-000105').events;
    expect(ticket.events?.filter(isKnownTicketEvent).map(({ id }) => id)).toEqual(
      storedEvents.map(({ id }) => id),
    );
  });

  it('still lets the client do everything: create, reply, decide, reopen, rate, mark read', async () => {
    const context = await client.getContext();
    // An order the newer server says is in a state this version does not know, as a seller may pick it.
    const order = context.inTransit.find(({ status }) => status === foreignValues.orderStatus);
    expect(order).toBeDefined();
    if (order === undefined) return;
    const attachment = await client.uploadAttachment(
      Object.assign(new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])]), { name: 'акт.pdf' }),
      { idempotencyKey: nextKey() },
    );
    const created = await client.createTicket(
      {
        topic: 'parcel_location',
        subject: 'Посылка не отслеживается',
        description: 'Статус у заказа странный, помогите разобраться.',
        fields: {},
        orderIds: [order.id],
        facilityId: null,
        attachmentIds: [attachment.id],
        confidential: false,
        // What the module echoes: the context as it read it, unknown tier and status included.
        context: makeContextSnapshot(context, [order]),
      },
      { idempotencyKey: nextKey() },
    );
    const submitted = foreign.store.getSubmission(created.id);
    expect(submitted?.context.seller.tier).toBe(foreignValues.sellerTier);
    expect(submitted?.context.orders[0]?.status).toBe(foreignValues.orderStatus);

    const reply = await client.postMessage(
      created.id,
      { body: 'Добавлю фото позже.', attachmentIds: [] },
      { idempotencyKey: nextKey() },
    );
    expect(reply.id).toBeTruthy();
    await client.markRead(created.id);

    const offered = foreign.store.listTickets({ status: ['offer_proposed'] }).items[0];
    const offer = foreign.store
      .getTicket(offered?.id ?? '')
      .events.flatMap((event) => (event.kind === 'offer' ? [event.offer] : []))
      .find(({ status }) => status === 'pending');
    expect(offer).toBeDefined();
    await expect(
      client.decideOffer(offered?.id ?? '', offer?.id ?? '', { decision: 'accept' }),
    ).resolves.toMatchObject({ id: offered?.id });

    const resolved = foreign.store.listTickets({ status: ['resolved'] }).items[0]?.id ?? '';
    await expect(client.rateTicket(resolved, { score: 4 })).resolves.toMatchObject({ id: resolved });
    await expect(
      client.reopenTicket(resolved, { reason: 'Вопрос не решён до конца.' }),
    ).resolves.toMatchObject({ id: resolved });

    // Requests are still read strictly: a topic this version does not list is refused.
    const refused = await fetch(`${foreign.apiBaseUrl}/tickets`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer demo-token',
        'Content-Type': 'application/json',
        'Idempotency-Key': nextKey(),
      },
      body: JSON.stringify({ ...submitted, topic: foreignValues.topic }),
    });
    expect(refused.status).toBe(422);
  });

  it('sends what changed on a request with the same surprises, and the client keeps what it can read', async () => {
    const [first] = (await client.listTickets({ limit: 1 })).items;
    const ticket = await client.getTicket(first?.id ?? '');
    if (ticket.eventsCursor === undefined) throw new Error('expected the ticket to carry eventsCursor');
    const step = foreign.store.addModeratorEvent(ticket.id, { kind: 'step', text: 'Запросили склад' });

    const changes = await client.getTicketEvents(ticket.id, ticket.eventsCursor);
    expect(changes.events.map(({ id }) => id)).toEqual([step.id]);
    expect(changes.omittedEvents).toBe(1);
    expect(changes.ticket.id).toBe(ticket.id);
  });

  // Reads what the tests above recorded: it runs after them, as vitest runs a file's tests in order.
  it('answered every JSON endpoint above in a way the strict schemas refuse, and the client read it', () => {
    const answered = [...raw.keys()].sort();
    expect(answered).toEqual(Object.keys(endpointResponseSchemas).sort());
    for (const [endpoint, bodies] of raw) {
      for (const body of bodies) {
        const strict = z.safeParse(endpointResponseSchemas[endpoint], body);
        if (endpoint === 'uploadAttachment' || endpoint === 'postMessage') {
          // An attachment has no enum and no list; a reply has neither a list nor, always, a new author.
          // What is foreign in them is what the contract does not list: the fields a strict reading drops.
          expect(JSON.stringify(body), endpoint).toContain(foreignField);
          if (strict.success) expect(JSON.stringify(strict.data), endpoint).not.toContain(foreignField);
        } else {
          expect(strict.success, `${endpoint}: the strict schema refuses it`).toBe(false);
        }
      }
    }
  });
});

describe('the serve-contract command', () => {
  it('answers as a newer server with --foreign', async () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const child = spawn(
      path.join(root, 'node_modules/.bin/tsx'),
      ['mocks/src/serve-contract.ts', '--port', '0', '--moderator', 'off', '--foreign'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const apiBaseUrl = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening at (\S+)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child.stderr.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())));
        child.once('exit', (code) => reject(new Error(`serve-contract exited with ${code}`)));
      });
      const cli = new FetchApiClient({ baseUrl: apiBaseUrl, getAccessToken: () => 'demo-token' });
      const context = await cli.getContext();
      expect(context.seller.tier).toBe(foreignValues.sellerTier);
      expect(context.omittedInTransit).toBe(1);
    } finally {
      child.kill('SIGTERM');
    }
  }, 20_000);
});
