/**
 * The module follows the live stream: a change the server pushes shows without waiting for a
 * poll, a dropped stream resumes from its last id without losing or repeating anything, a server
 * without the stream still updates by polling, and the stream closes with the last mount.
 */
import { createMockApi } from '@seller-support/mocks';
import { useQueryClient } from '@tanstack/react-query';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { RequestScreen } from '../features/requests/request/request-screen';
import { connectLiveUpdates } from '../shared/api/live-updates';
import { createMockFetch } from '../testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../testing/module-harness';
import { bootstrap, mount, unmount } from '../entry';
import { watchUnreadCount } from './unread-watch';

const now = new Date('2026-11-25T12:00:00+03:00');
const ticketId = 'T-000104';
/** Far longer than any test: what shows, shows through the stream. */
const noPollMs = 10 * 60_000;
const encoder = new TextEncoder();

interface SseConnection {
  lastEventId: string | null;
  signal: AbortSignal;
  send(text: string): void;
  drop(): void;
}

/**
 * A test-local live stream after the contract's protocol: `ready` at once, then every change
 * published after the client's `Last-Event-ID`, then the live ones.
 */
function createSseServer() {
  const log: { id: string; data: string }[] = [];
  const connections: SseConnection[] = [];
  const message = (entry: { id: string; data: string }) =>
    `event: ticket\nid: ${entry.id}\ndata: ${entry.data}\n\n`;
  const handler = http.get(`${mockApiBaseUrl}/events`, ({ request }) => {
    let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
    let open = true;
    const connection: SseConnection = {
      lastEventId: request.headers.get('Last-Event-ID'),
      signal: request.signal,
      send: (text) => {
        if (open) controller?.enqueue(encoder.encode(text));
      },
      drop: () => {
        open = false;
        controller?.error(new TypeError('network error'));
      },
    };
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c;
        c.enqueue(encoder.encode('event: ready\ndata: {"heartbeatSeconds":15}\n\n'));
        const after = connection.lastEventId === null ? Infinity : Number(connection.lastEventId);
        for (const entry of log) if (Number(entry.id) > after) c.enqueue(encoder.encode(message(entry)));
      },
      cancel() {
        open = false;
      },
    });
    request.signal.addEventListener('abort', () => {
      open = false;
    });
    connections.push(connection);
    return new HttpResponse(body, { headers: { 'Content-Type': 'text/event-stream' } });
  });
  return {
    handler,
    connections,
    /** A change of a ticket, to the open connection (if any) and to the log a resume replays. */
    publish(changedTicketId: string) {
      const entry = {
        id: String(log.length + 1),
        data: JSON.stringify({
          ticketId: changedTicketId,
          eventId: 'e',
          kind: 'message',
          at: now.toISOString(),
        }),
      };
      log.push(entry);
      connections.at(-1)?.send(message(entry));
    },
  };
}

/** The mount's live updates, as `useMountDataLayer` starts them, beside a screen in the harness. */
function LiveUpdates() {
  const queryClient = useQueryClient();
  useEffect(() => connectLiveUpdates(queryClient, mockApiBaseUrl, () => 'demo-token'), [queryClient]);
  return null;
}

async function setup(handlers: RequestHandler[], pollMs = noPollMs) {
  const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
  const eventsRequests: Request[] = [];
  const answer = createMockFetch([...handlers, ...mockApi.handlers]);
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(typeof input === 'string' ? new URL(input, location.href) : input, init);
    if (new URL(request.url).pathname === `${mockApiBaseUrl}/events`) eventsRequests.push(request);
    return answer(request);
  });
  const screen = await render(
    <ModuleHarness>
      <LiveUpdates />
      <RequestScreen id={ticketId} now={now} timeZone="Europe/Moscow" pollMs={pollMs} />
    </ModuleHarness>,
  );
  await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 104' })).toBeVisible();
  return { ...mockApi, eventsRequests, screen };
}

function addMessage(store: ReturnType<typeof createMockApi>['store'], body: string) {
  store.addModeratorEvent(ticketId, { kind: 'message', author: 'moderator', body, attachments: [] });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the module on the live stream', () => {
  it('shows a moderator’s message on the request page without any poll', async () => {
    const sse = createSseServer();
    const { store, scenario } = await setup([sse.handler]);
    await expect.poll(() => sse.connections.length).toBe(1);
    const connection = sse.connections[0];
    // Once live, the page has read what came before `ready`: from here only the stream says more.
    await expect.poll(() => scenario.calls('getTicketEvents')).toBe(1);

    addMessage(store, 'Выплата придёт завтра.');
    sse.publish(ticketId);
    await expect.element(page.getByText('Выплата придёт завтра.')).toBeVisible();
    expect(scenario.calls('getTicket')).toBe(1);
    expect(scenario.calls('getTicketEvents')).toBe(2);
    expect(connection?.signal.aborted).toBe(false);
  });

  it('resumes a stream dropped in the middle of a burst from its last id: every message once', async () => {
    const sse = createSseServer();
    const { store } = await setup([sse.handler]);
    await expect.poll(() => sse.connections.length).toBe(1);

    const bodies = ['Первое: проверяем.', 'Второе: нашли платёж.', 'Третье: выплата отправлена.'];
    addMessage(store, bodies[0] ?? '');
    sse.publish(ticketId);
    addMessage(store, bodies[1] ?? '');
    sse.publish(ticketId);
    await expect.element(page.getByText(bodies[1] ?? '')).toBeVisible();
    sse.connections[0]?.drop();
    // Published while the connection is down: the resumed stream replays it.
    addMessage(store, bodies[2] ?? '');
    sse.publish(ticketId);

    await expect.poll(() => sse.connections.length, { timeout: 5_000 }).toBe(2);
    expect(sse.connections[1]?.lastEventId).toBe('2');
    await expect.element(page.getByText(bodies[2] ?? '')).toBeVisible();
    for (const body of bodies) expect(page.getByText(body).elements()).toHaveLength(1);
  });

  it('with a server that answers 404 on /events, asks once and updates by polling', async () => {
    const gone = http.get(`${mockApiBaseUrl}/events`, () => new HttpResponse(null, { status: 404 }));
    const { store, eventsRequests } = await setup([gone], 200);
    addMessage(store, 'Ответ без потока.');
    await expect.element(page.getByText('Ответ без потока.')).toBeVisible();
    expect(eventsRequests).toHaveLength(1);
    expect(eventsRequests[0]?.headers.get('Accept')).toBe('text/event-stream');
    expect(eventsRequests[0]?.headers.get('Authorization')).toBe('Bearer demo-token');
  });
});

describe('the page’s one live stream', () => {
  const startPath = window.location.pathname;
  afterEach(() => {
    window.history.replaceState(null, '', startPath);
  });

  it('is shared by the module and the unread badge, and closes when the last of them goes', async () => {
    const sse = createSseServer();
    const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
    vi.stubGlobal('fetch', createMockFetch([sse.handler, ...mockApi.handlers]));
    const domElement = document.createElement('div');
    document.body.append(domElement);
    const props = {
      name: '@seller-support/feedback#live',
      singleSpa: {},
      mountParcel: () => {
        throw new Error('not used');
      },
      domElement,
      basePath: startPath,
      apiBaseUrl: mockApiBaseUrl,
      getAccessToken: () => 'demo-token',
      locale: 'ru' as const,
    };
    const counts: number[] = [];
    const stopBadge = watchUnreadCount({
      apiBaseUrl: mockApiBaseUrl,
      getAccessToken: () => 'demo-token',
      onChange: (count) => counts.push(count),
    });
    await bootstrap(props);
    await mount(props);
    await expect.poll(() => sse.connections.length).toBe(1);
    await expect.poll(() => counts.length).toBe(1);

    // A change reaches the badge through the same stream.
    addMessage(mockApi.store, 'Новое для значка.');
    sse.publish(ticketId);
    await expect.poll(() => counts.at(-1)).toBe((counts[0] ?? 0) + 1);

    await unmount(props);
    expect(sse.connections[0]?.signal.aborted).toBe(false);
    stopBadge();
    expect(sse.connections[0]?.signal.aborted).toBe(true);
    expect(sse.connections).toHaveLength(1);
    domElement.remove();
  });
});
