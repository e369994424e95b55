/**
 * The first screen's `GET`s, sent by an entry the moment it mounts, while the code that would ask
 * for them (the API client, the data layer, the screen) is still on its way: the answers come back
 * beside the code instead of after it. The mount's client fetches through
 * {@link fetchWithEarlyAnswers}, which hands it the answer of an early request that is the one it
 * is about to send (same URL, same token, same `Accept`) instead of sending it again. Anything
 * else goes to the network as before, so a request the entry guessed wrong costs one request,
 * never a wrong answer. Nothing imported: an entry loads this before anything else.
 */

/** What the client sends as `Accept` on a JSON call (packages/contract/src/http-transport.ts). */
const jsonAccept = 'application/json, application/problem+json';

/** An early request not taken after this long is given up: its mount did not ask for it. */
const unclaimedAfterMs = 10_000;

interface EarlyRequest {
  readonly url: string;
  readonly authorization: string;
  readonly answer: Promise<Response>;
  readonly controller: AbortController;
  readonly timer: ReturnType<typeof setTimeout>;
}

const waiting: EarlyRequest[] = [];

function forget(request: EarlyRequest): void {
  const index = waiting.indexOf(request);
  if (index !== -1) waiting.splice(index, 1);
  clearTimeout(request.timer);
}

/**
 * Sends a `GET` of each of `paths` (relative to `baseUrl`, query included) with the token the
 * getter gives, as the client would send it. Without a usable base URL or token nothing is sent:
 * the client asks as usual and reports what is wrong.
 */
export function sendEarlyRequests(baseUrl: unknown, getAccessToken: unknown, paths: readonly string[]): void {
  if (paths.length === 0 || typeof baseUrl !== 'string' || typeof getAccessToken !== 'function') return;
  if (!/^(https?:\/\/[^/]|\/)/i.test(baseUrl) || /[?#]/.test(baseUrl)) return;
  const base = baseUrl.replace(/\/+$/, '');
  void (async () => {
    const token: unknown = await Reflect.apply(getAccessToken, undefined, []);
    if (typeof token !== 'string') return;
    const authorization = `Bearer ${token}`;
    for (const path of paths) {
      const url = `${base}${path}`;
      const controller = new AbortController();
      const answer = fetch(url, {
        method: 'GET',
        headers: { Accept: jsonAccept, Authorization: authorization },
        signal: controller.signal,
      });
      // Read by whoever takes it; unclaimed, it is aborted and nobody hears of it.
      answer.catch(() => undefined);
      const request: EarlyRequest = {
        url,
        authorization,
        answer,
        controller,
        timer: setTimeout(() => {
          forget(request);
          controller.abort();
        }, unclaimedAfterMs),
      };
      waiting.push(request);
    }
  })().catch(() => undefined);
}

/** The early request that is this call, if one is waiting: taken, so it answers once. */
function take(input: RequestInfo | URL, init: RequestInit | undefined): EarlyRequest | undefined {
  if (waiting.length === 0 || typeof input !== 'string') return undefined;
  if ((init?.method ?? 'GET') !== 'GET' || init?.body != null) return undefined;
  const headers = new Headers(init?.headers);
  const request = waiting.find(
    (early) =>
      early.url === input &&
      early.authorization === headers.get('Authorization') &&
      headers.get('Accept') === jsonAccept,
  );
  if (request !== undefined) forget(request);
  return request;
}

/** The early answer, given up with the caller's signal as the caller's own request would be. */
function answered(request: EarlyRequest, signal: AbortSignal | null | undefined): Promise<Response> {
  if (signal == null) return request.answer;
  // What fetch rejects with: the signal's reason (an Error for every abort the client makes).
  const reason = (): Error => {
    const given: unknown = signal.reason;
    return given instanceof Error ? given : new DOMException('The request was aborted', 'AbortError');
  };
  if (signal.aborted) {
    request.controller.abort(reason());
    return Promise.reject(reason());
  }
  return new Promise<Response>((resolve, reject) => {
    const abort = () => {
      request.controller.abort(reason());
      reject(reason());
    };
    signal.addEventListener('abort', abort, { once: true });
    request.answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** `fetch`, answering a call an entry sent early with that request's answer. */
export const fetchWithEarlyAnswers: typeof fetch = (input, init) => {
  const request = take(input, init);
  return request === undefined ? globalThis.fetch(input, init) : answered(request, init?.signal);
};
