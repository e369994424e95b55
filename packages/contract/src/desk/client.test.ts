import { describe, expect, it } from 'vitest';
import { ConflictError, UnauthorizedError } from '../errors';
import { attachmentExample } from '../testing/examples';
import {
  deskMessageBodyExample,
  deskMessageEventExample,
  deskNoteEventExample,
  deskOfferEventExample,
  deskStepEventExample,
  deskThirdPartyEventExample,
  deskTicketExample,
  noteBodyExample,
  proposeOfferBodyExamples,
  queuePageExample,
  stepBodyExample,
  thirdPartyBodyExample,
} from './examples';
import { FetchDeskClient, deskApiBasePath } from './index';

const base = `https://desk.example.test${deskApiBasePath}`;
const key = '4a3c2b1e-8f7d-4c6b-9a5e-1d2c3b4a5f6e';

interface Recorded {
  url: URL;
  method: string;
  headers: Headers;
  body: RequestInit['body'];
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}

/** A client over a fake `fetch` that records what it sent and answers from `answers`, one per call. */
function clientAnswering(...answers: Response[]) {
  const requests: Recorded[] = [];
  const fetch: typeof globalThis.fetch = (input, init = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    requests.push({
      url: new URL(url),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: init.body,
    });
    return Promise.resolve(answers.shift() ?? new Response(null, { status: 500 }));
  };
  const client = new FetchDeskClient({ baseUrl: base, getAccessToken: () => 'desk-token', fetch });
  return { client, requests };
}

function sentJson(request: Recorded | undefined): unknown {
  return typeof request?.body === 'string' ? JSON.parse(request.body) : undefined;
}

describe('FetchDeskClient', () => {
  it('reads an attachment’s bytes from the desk’s own path', async () => {
    const { client, requests } = clientAnswering(
      new Response(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), { headers: { 'Content-Type': 'image/png' } }),
    );
    const blob = await client.getAttachment('att 1');
    expect(blob.size).toBe(4);
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.url.pathname).toBe(`${deskApiBasePath}/attachments/att%201`);
    expect(requests[0]?.headers.get('Authorization')).toBe('Bearer desk-token');
  });

  it('asks for the moderator with the moderator’s token', async () => {
    const { client, requests } = clientAnswering(json({ id: 'm-anna', displayName: 'Модератор Анна' }));
    await expect(client.getMe()).resolves.toEqual({ id: 'm-anna', displayName: 'Модератор Анна' });
    expect(requests[0]?.url.href).toBe(`${base}/me`);
    expect(requests[0]?.headers.get('Authorization')).toBe('Bearer desk-token');
  });

  it('sends the queue’s filters, statuses repeated, and reads the page with its counts', async () => {
    const { client, requests } = clientAnswering(json(queuePageExample), json(queuePageExample));
    const page = await client.listQueue({
      assignee: 'me',
      status: ['new', 'in_progress'],
      topic: 'parcel_location',
      q: '87412',
      overdue: true,
      cursor: 'c1',
      limit: 50,
    });
    const url = requests[0]?.url;
    expect(url?.pathname).toBe(`${deskApiBasePath}/queue`);
    expect(url?.searchParams.getAll('status')).toEqual(['new', 'in_progress']);
    expect(Object.fromEntries(url?.searchParams ?? [])).toMatchObject({
      assignee: 'me',
      topic: 'parcel_location',
      q: '87412',
      overdue: 'true',
      cursor: 'c1',
      limit: '50',
    });
    expect(page.items.map((item) => item.id)).toEqual(['T-000124']);
    expect(page.counts).toEqual(queuePageExample.counts);
    expect(page.nextCursor).toBe('b2Zmc2V0OjIw');

    await client.listQueue({ overdue: false });
    expect(requests[1]?.url.search).toBe('');
  });

  it('reads a desk ticket with its internal notes', async () => {
    const { client, requests } = clientAnswering(json(deskTicketExample));
    const ticket = await client.getTicket('T/1');
    expect(requests[0]?.url.pathname).toBe(`${deskApiBasePath}/tickets/T%2F1`);
    expect(ticket.seller.legalName).toBe('ООО «Ромашка»');
    expect(ticket.request.context?.seller.taxId).toBe('7701234567');
    expect(
      ticket.events.filter((event) => event.visibility === 'internal').map((event) => event.kind),
    ).toEqual(['note']);
  });

  it('marks a ticket read with a bodiless POST', async () => {
    const { client, requests } = clientAnswering(new Response(null, { status: 204 }));
    await client.markRead('T-000123');
    expect(requests[0]).toMatchObject({ method: 'POST', body: undefined });
    expect(requests[0]?.url.pathname).toBe(`${deskApiBasePath}/tickets/T-000123/read`);
  });

  it('posts each creating action to its path with its body and Idempotency-Key, and reads the event', async () => {
    const { discount } = proposeOfferBodyExamples;
    const { client, requests } = clientAnswering(
      json(deskMessageEventExample, 201),
      json(deskStepEventExample, 201),
      json(deskThirdPartyEventExample, 201),
      json(deskOfferEventExample, 201),
      json(deskNoteEventExample, 201),
    );
    const events = [
      await client.postMessage('T-1', deskMessageBodyExample, { idempotencyKey: key }),
      await client.recordStep('T-1', stepBodyExample, { idempotencyKey: key }),
      await client.involveThirdParty('T-1', thirdPartyBodyExample, { idempotencyKey: key }),
      await client.proposeOffer('T-1', discount, { idempotencyKey: key }),
      await client.addNote('T-1', noteBodyExample, { idempotencyKey: key }),
    ];
    expect(events.map((event) => event.kind)).toEqual(['message', 'step', 'third_party', 'offer', 'note']);
    expect(requests.map((request) => `${request.method} ${request.url.pathname}`)).toEqual(
      ['messages', 'steps', 'third-party', 'offers', 'notes'].map(
        (action) => `POST ${deskApiBasePath}/tickets/T-1/${action}`,
      ),
    );
    expect(requests.map((request) => request.headers.get('Idempotency-Key'))).toEqual(Array(5).fill(key));
    expect(requests.map(sentJson)).toEqual([
      deskMessageBodyExample,
      stepBodyExample,
      thirdPartyBodyExample,
      discount,
      noteBodyExample,
    ]);
  });

  it('takes, resolves and closes with a body, a key only when given', async () => {
    const { client, requests } = clientAnswering(
      json(deskTicketExample),
      json({ ...deskTicketExample, status: 'resolved' }),
      json({ ...deskTicketExample, status: 'closed' }),
    );
    await client.takeTicket('T-1', { force: true }, { idempotencyKey: key });
    expect((await client.resolveTicket('T-1', { note: 'Посылка найдена' })).status).toBe('resolved');
    expect((await client.closeTicket('T-1')).status).toBe('closed');
    expect(requests.map((request) => request.url.pathname.slice(deskApiBasePath.length))).toEqual([
      '/tickets/T-1/take',
      '/tickets/T-1/resolve',
      '/tickets/T-1/close',
    ]);
    expect(requests.map(sentJson)).toEqual([{ force: true }, { note: 'Посылка найдена' }, {}]);
    expect(requests.map((request) => request.headers.get('Idempotency-Key'))).toEqual([key, null, null]);
  });

  it('rejects a take another moderator holds with a ConflictError, and a bad token with an UnauthorizedError', async () => {
    const { client } = clientAnswering(
      json(
        { type: 'about:blank', title: 'Taken', status: 409, detail: 'Модератор Олег ведёт это обращение.' },
        409,
      ),
      json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401, {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      }),
    );
    await expect(client.takeTicket('T-1')).rejects.toBeInstanceOf(ConflictError);
    await expect(client.getMe()).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('uploads a moderator’s file as the seller’s client does', async () => {
    const { client, requests } = clientAnswering(json(attachmentExample, 201));
    const file = new File(['png'], 'photo.png', { type: 'image/png' });
    await expect(client.uploadAttachment(file, { idempotencyKey: key })).resolves.toEqual(attachmentExample);
    expect(requests[0]?.url.pathname).toBe(`${deskApiBasePath}/attachments`);
    expect(requests[0]?.body).toBeInstanceOf(FormData);
  });
});
