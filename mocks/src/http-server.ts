import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, matchRequestUrl } from 'msw';
import {
  defaultBaseUrl,
  endpointNames,
  endpointResponseSchemas,
  endpointRoutes,
  endpointUrl,
  type JsonEndpointName,
} from './endpoints';
import { defaultDeskBaseUrl } from './desk/endpoints';
import type { DeskStore } from './desk/store';
import { foreignAnswer } from './foreign-answers';
import { problemResponse } from './handlers/shared';
import type { Dataset, DatasetOptions } from './factories';
import { createMockApi, type MockApi, type MockApiOptions } from './mock-api';
import type { ModeratorSimulator } from './moderator';
import { makeProblem } from './problem';
import type { Scenario } from './scenario';
import type { MockStore } from './store';

export interface ContractServerOptions extends MockApiOptions {
  /** Port to listen on; 0 picks a free one. Default 0. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Called with errors a handler threw (contract drift, bugs); they are answered with a 500. Default: stderr. */
  onError?: (error: unknown) => void;
  /**
   * Answer as a newer server of the contract would (see `foreign-answers.ts`): the same store and
   * handlers, but every successful JSON answer carries enum values this version does not list,
   * unknown fields and a malformed item in every list. Requests are still checked strictly.
   * Default false.
   */
  foreign?: boolean;
  /**
   * More sellers, by bearer token: a request with one of these tokens is that seller's, served from
   * a dataset of their own (their own context, tickets, uploads and idempotency keys); any other
   * token is the default seller's. New tickets and uploads of each seller are numbered in a range
   * of their own, so an id never names another seller's resource. Default: none.
   */
  sellers?: Readonly<Record<string, DatasetOptions | Dataset>>;
}

/** The state behind one seller of the server: what a test inspects or drives. */
export type ContractSeller = Pick<MockApi, 'store' | 'scenario' | 'moderator'>;

export interface ContractServer {
  /** The server's origin, e.g. `http://127.0.0.1:4175`. */
  url: string;
  /** Where the API lives: `url` plus the base path, e.g. `http://127.0.0.1:4175/api/seller-support/v1`. */
  apiBaseUrl: string;
  /**
   * Where the moderator's desk API lives, e.g. `http://127.0.0.1:4175/api/desk/v1`: over the default
   * seller's store (the `sellers` option's sellers are not in the desk's queue or live stream, but
   * the desk's actions on their tickets, named by id, reach them). Desk tokens: `deskTokens`.
   */
  deskApiBaseUrl: string;
  /** The desk's state over `store`. */
  desk: DeskStore;
  store: MockStore;
  scenario: Scenario;
  /**
   * The simulated moderator (`moderator` option: manual by default, so nothing moves unless a test
   * drives it; `{ mode: 'timer', delaysMs }` for a live demo). `close()` stops its timers.
   */
  moderator: ModeratorSimulator;
  /** The sellers of the `sellers` option, by token (the default seller is `store`, `scenario`, `moderator`). */
  sellers: ReadonlyMap<string, ContractSeller>;
  /** Stops listening and drops open connections (including requests a scenario keeps pending). */
  close(): Promise<void>;
}

const corsHeaders: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers':
    'Authorization, Content-Type, Idempotency-Key, If-None-Match, Last-Event-ID',
  'Access-Control-Expose-Headers': 'ETag, Retry-After, WWW-Authenticate',
  'Access-Control-Max-Age': '600',
};

// Connection-level headers describe the hop from the client to us, not the request itself.
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
]);

async function readBody(request: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of request) {
    const part: unknown = chunk;
    if (part instanceof Uint8Array) chunks.push(part);
    else if (typeof part === 'string') chunks.push(new TextEncoder().encode(part));
  }
  const body = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

/**
 * The request as the handlers read it, with a signal that aborts when the client goes away (or the
 * server closes the connection), so a live stream unsubscribes and a pending answer gives up.
 */
async function toFetchRequest(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  origin: string,
  open: Set<AbortController>,
): Promise<Request> {
  const gone = new AbortController();
  open.add(gone);
  outgoing.once('close', () => {
    open.delete(gone);
    gone.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined || hopByHop.has(name)) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers,
    signal: gone.signal,
    ...(hasBody ? { body: await readBody(incoming) } : {}),
  });
}

async function send(outgoing: ServerResponse, response: Response): Promise<void> {
  // HttpResponse.error(): the scenario wants a network failure, so the connection just drops.
  if (response.type === 'error') {
    outgoing.socket?.destroy();
    return;
  }
  const stream = isEventStream(response) ? response.body : null;
  const body = stream === null ? new Uint8Array(await response.arrayBuffer()) : undefined;
  outgoing.statusCode = response.status;
  response.headers.forEach((value, name) => outgoing.setHeader(name, value));
  for (const [name, value] of Object.entries(corsHeaders)) outgoing.setHeader(name, value);
  if (stream === null) {
    outgoing.end(body);
    return;
  }
  // A live stream never ends by itself: each message goes out as it comes, until the client leaves.
  outgoing.flushHeaders();
  const reader = stream.getReader();
  outgoing.once('close', () => {
    reader.cancel().catch(() => {
      // The stream failed already; the read below reports it.
    });
  });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (outgoing.destroyed) continue;
    outgoing.write(value);
  }
  outgoing.end();
}

function isEventStream(response: Response): boolean {
  return /^text\/event-stream\b/i.test(response.headers.get('Content-Type') ?? '');
}

const jsonEndpoints = endpointNames.filter(
  (name): name is JsonEndpointName => name in endpointResponseSchemas,
);

/** The endpoint a request reached, when it answers with JSON. */
function jsonEndpointOf(request: Request, basePath: string): JsonEndpointName | undefined {
  const url = new URL(request.url);
  const method = request.method.toLowerCase();
  return jsonEndpoints.find(
    (name) =>
      endpointRoutes[name].method === method &&
      matchRequestUrl(url, endpointUrl(basePath, name), url.origin).matches,
  );
}

/** `response` as a newer server would send it, when it is a successful JSON answer. */
async function asForeign(request: Request, response: Response, basePath: string): Promise<Response> {
  const endpoint = jsonEndpointOf(request, basePath);
  const type = response.headers.get('Content-Type') ?? '';
  if (endpoint === undefined || !response.ok || !/^application\/json\b/.test(type)) return response;
  const body: unknown = await response.json();
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  return new Response(JSON.stringify(foreignAnswer(endpoint, body)), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** The bearer token of a request, if it carries one. */
function bearerToken(request: Request): string | undefined {
  return /^Bearer\s+(\S+)/i.exec(request.headers.get('Authorization') ?? '')?.[1];
}

/** Numbers of each extra seller's new tickets and uploads start this far apart. */
const sellerNumberRange = 100_000;

/** Refuses extra sellers whose seeded tickets share an id with another seller's: one id, one owner. */
function checkDistinctTickets(apis: readonly MockApi[]): void {
  const owners = new Map<string, number>();
  apis.forEach((api, index) => {
    for (const ticket of api.store.dataset.tickets) {
      const owner = owners.get(ticket.id);
      if (owner !== undefined && owner !== index) {
        throw new Error(
          `Seller ${index} seeds ticket ${ticket.id}, which seller ${owner} has too: give extra sellers \`tickets: 0\`.`,
        );
      }
      owners.set(ticket.id, index);
    }
  });
}

function pathOf(baseUrl: string): string {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(baseUrl) ? new URL(baseUrl).pathname : baseUrl;
}

/**
 * A real HTTP server implementing api.md with the same handlers, store and scenario as the MSW
 * mocks, for clients that cannot use a service worker: the demo with mocks off, e2e tests, other
 * teams' backends-to-be. Answers CORS preflights so a page on another origin can call it. With
 * `foreign`, it stands in for a newer server of the contract instead.
 */
export async function startContractServer(options: ContractServerOptions = {}): Promise<ContractServer> {
  const { port = 0, host = '127.0.0.1', onError, foreign = false, sellers = {}, ...apiOptions } = options;
  const basePath = pathOf(apiOptions.baseUrl ?? defaultBaseUrl).replace(/\/+$/, '');
  const deskBasePath = pathOf(apiOptions.deskBaseUrl ?? defaultDeskBaseUrl).replace(/\/+$/, '');
  const api = createMockApi({ ...apiOptions, baseUrl: basePath, deskBaseUrl: deskBasePath });
  const sellerApis = new Map(
    Object.entries(sellers).map(([token, dataset], index): [string, MockApi] => [
      token,
      createMockApi({
        ...apiOptions,
        baseUrl: basePath,
        deskBaseUrl: deskBasePath,
        dataset,
        numbersFrom: (index + 1) * sellerNumberRange + 1,
      }),
    ]),
  );
  checkDistinctTickets([api, ...sellerApis.values()]);
  const apiFor = (request: Request): MockApi => {
    const token = bearerToken(request);
    return (token === undefined ? undefined : sellerApis.get(token)) ?? api;
  };
  // The desk acts on any seller's ticket by its id (ids never name two sellers' tickets); its
  // queue, its uploads and its live stream stay the default seller's.
  const deskApiFor = (request: Request): MockApi => {
    const path = new URL(request.url).pathname;
    const id = path.startsWith(`${deskBasePath}/tickets/`)
      ? decodeURIComponent(path.slice(deskBasePath.length + '/tickets/'.length).split('/')[0] ?? '')
      : '';
    if (id === '') return api;
    return [...sellerApis.values()].find((seller) => seller.store.findTicket(id) !== undefined) ?? api;
  };
  const reportError =
    onError ??
    ((error: unknown) => {
      process.stderr.write(
        `contract server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    });
  let origin = '';
  // Requests still being answered (live streams above all), given up at once by `close()`.
  const openRequests = new Set<AbortController>();

  const server = createServer((incoming, outgoing) => {
    void (async () => {
      try {
        if (incoming.method === 'OPTIONS') {
          outgoing.writeHead(204, corsHeaders);
          outgoing.end();
          return;
        }
        const request = await toFetchRequest(incoming, outgoing, origin, openRequests);
        const response =
          (await getResponse(apiFor(request).handlers, request)) ??
          (await getResponse(deskApiFor(request).deskHandlers, request)) ??
          problemResponse(
            makeProblem(404, `No endpoint ${incoming.method ?? 'GET'} ${new URL(request.url).pathname}.`),
          );
        await send(outgoing, foreign ? await asForeign(request, response, basePath) : response);
      } catch (error) {
        reportError(error);
        if (!outgoing.headersSent) {
          await send(outgoing, problemResponse(makeProblem(500, 'The contract server failed; see its log.')));
        } else {
          outgoing.destroy();
        }
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort =
    typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : port;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;

  return {
    url: origin,
    apiBaseUrl: `${origin}${basePath}`,
    deskApiBaseUrl: `${origin}${deskBasePath}`,
    desk: api.desk,
    store: api.store,
    scenario: api.scenario,
    moderator: api.moderator,
    sellers: new Map(
      [...sellerApis].map(([token, { store, scenario, moderator }]) => [
        token,
        { store, scenario, moderator },
      ]),
    ),
    close: () =>
      new Promise<void>((resolve, reject) => {
        api.moderator.stop();
        for (const seller of sellerApis.values()) seller.moderator.stop();
        for (const request of [...openRequests]) request.abort();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
