/**
 * The desk follows its live stream: a seller's message shows on the open request and a new
 * request in the queue without a poll; a server without the stream still updates by polling;
 * the stream closes with the desk.
 */
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createDeskMocks, DeskHarness, harnessBasePath, mockDeskBaseUrl } from '../testing/desk-harness';
import { DeskPages } from './desk-pages';

const encoder = new TextEncoder();

/** A test-local desk stream after the contract's protocol: `ready` at once, then what is published. */
function createSseServer() {
  const connections: { signal: AbortSignal; send: (text: string) => void }[] = [];
  let published = 0;
  const handler = http.get(`${mockDeskBaseUrl}/events`, ({ request }) => {
    let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
    let open = true;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c;
        c.enqueue(encoder.encode('event: ready\ndata: {"heartbeatSeconds":15}\n\n'));
      },
      cancel() {
        open = false;
      },
    });
    request.signal.addEventListener('abort', () => {
      open = false;
    });
    connections.push({
      signal: request.signal,
      send: (text) => {
        if (open) controller?.enqueue(encoder.encode(text));
      },
    });
    return new HttpResponse(body, { headers: { 'Content-Type': 'text/event-stream' } });
  });
  return {
    handler,
    connections,
    publish(ticketId: string) {
      published += 1;
      const data = JSON.stringify({
        ticketId,
        eventId: `e-${String(published)}`,
        kind: 'message',
        at: '2026-11-25T09:00:00.000Z',
        visibility: 'public',
      });
      connections.at(-1)?.send(`event: ticket\nid: ${String(published)}\ndata: ${data}\n\n`);
    },
  };
}

let pathBefore: string;
beforeEach(() => {
  pathBefore = window.location.pathname;
});
afterEach(() => {
  window.history.replaceState(null, '', pathBefore);
});

/** The desk's visible text. */
const deskText = () => document.querySelector('[data-seller-support-desk]')?.shadowRoot?.textContent ?? '';

/** A seller's message on a request, as the seller's API takes it. */
function sellerWrites(mocks: ReturnType<typeof createDeskMocks>, ticketId: string, body: string) {
  mocks.store.postMessage(ticketId, { body, attachmentIds: [] }, crypto.randomUUID());
}

describe('the desk on its live stream', () => {
  it('shows a seller’s reply on the open request as the stream tells it', async () => {
    window.history.replaceState(null, '', `${harnessBasePath}/tickets/T-000108`);
    const sse = createSseServer();
    const mocks = createDeskMocks();
    const screen = await render(
      <DeskHarness mocks={mocks} overrides={[sse.handler]}>
        <DeskPages />
      </DeskHarness>,
    );
    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 108' })).toBeVisible();
    await expect.poll(() => sse.connections.length).toBe(1);

    sellerWrites(mocks, 'T-000108', 'Пришлите, пожалуйста, номер заказа ещё раз.');
    sse.publish('T-000108');
    await expect.element(page.getByText('Пришлите, пожалуйста, номер заказа ещё раз.')).toBeVisible();

    await screen.unmount();
    expect(sse.connections[0]?.signal.aborted).toBe(true);
  });

  it('refreshes the queue as the stream tells it: the seller’s news is marked there', async () => {
    window.history.replaceState(null, '', harnessBasePath);
    const sse = createSseServer();
    const mocks = createDeskMocks();
    await render(
      <DeskHarness mocks={mocks} overrides={[sse.handler]}>
        <DeskPages />
      </DeskHarness>,
    );
    await expect.element(page.getByRole('heading', { level: 1, name: 'Очередь обращений' })).toBeVisible();
    await expect.poll(() => sse.connections.length).toBe(1);

    await expect.element(page.getByRole('link', { name: 'Обращение № 108' })).toBeVisible();
    const before = deskText();
    sellerWrites(mocks, 'T-000108', 'Есть новости?');
    sse.publish('T-000108');
    await expect.poll(deskText).not.toBe(before);
  });

  it('with a server that answers 404 on /events, keeps polling the open request', async () => {
    window.history.replaceState(null, '', `${harnessBasePath}/tickets/T-000108`);
    const gone = http.get(`${mockDeskBaseUrl}/events`, () => new HttpResponse(null, { status: 404 }));
    let streamAsked = 0;
    const counting = http.get(`${mockDeskBaseUrl}/events`, () => {
      streamAsked += 1;
    });
    const mocks = createDeskMocks();
    await render(
      <DeskHarness mocks={mocks} overrides={[counting, gone]}>
        <DeskPages />
      </DeskHarness>,
    );
    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 108' })).toBeVisible();
    await expect.poll(() => streamAsked).toBe(1);
    sellerWrites(mocks, 'T-000108', 'Ответ без потока.');
    // The page's own pace without the stream (5 s).
    await expect.element(page.getByText('Ответ без потока.'), { timeout: 8_000 }).toBeVisible();
  });
});
