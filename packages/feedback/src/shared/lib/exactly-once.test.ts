import {
  ConflictError,
  ForbiddenError,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
} from '@seller-support/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  canonicalJson,
  editsLeftOut,
  firstSend,
  isRefusal,
  sameRequest,
  sendOnce,
  type OnceState,
  type PendingSubmit,
  type SendOutcome,
} from './exactly-once';

describe('isRefusal: the server answered and created nothing', () => {
  it('is a 4xx that refuses the body', () => {
    expect(isRefusal(new ValidationError())).toBe(true);
    expect(isRefusal(new UnauthorizedError())).toBe(true);
    expect(isRefusal(new ForbiddenError())).toBe(true);
    expect(isRefusal(new NotFoundError())).toBe(true);
    expect(isRefusal(new ServerError({ status: 400 }))).toBe(true);
  });

  it('is not a 408, a 409 or a 429, nor anything after which the request may have arrived', () => {
    expect(isRefusal(new ServerError({ status: 408 }))).toBe(false);
    expect(isRefusal(new ConflictError())).toBe(false);
    expect(isRefusal(new RateLimitedError({ retryAfterSeconds: 5 }))).toBe(false);
    expect(isRefusal(new NetworkError())).toBe(false);
    expect(isRefusal(new TimeoutError({ timeoutMs: 300 }))).toBe(false);
    expect(isRefusal(new MalformedResponseError({ status: 201, summary: 'id: expected string' }))).toBe(
      false,
    );
    expect(isRefusal(new Error('a bug'))).toBe(false);
  });

  it('for any other status, exactly when it is a 4xx', () => {
    fc.assert(
      fc.property(fc.integer({ min: 400, max: 599 }), (status) => {
        fc.pre(status !== 409 && status !== 429);
        expect(isRefusal(new ServerError({ status }))).toBe(status < 500 && status !== 408);
      }),
    );
  });
});

describe('sameRequest', () => {
  const body = fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 });

  it('does not depend on the order of the keys', () => {
    fc.assert(
      fc.property(body, (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(sameRequest(value, reversed)).toBe(true);
      }),
    );
  });

  it('leaves out what changes without the seller (the context snapshot), and nothing else', () => {
    fc.assert(
      fc.property(body, fc.jsonValue(), fc.jsonValue(), (value, before, now) => {
        expect(sameRequest({ ...value, context: before }, { ...value, context: now }, ['context'])).toBe(
          true,
        );
      }),
    );
    expect(sameRequest({ subject: 'a', context: 1 }, { subject: 'b', context: 1 }, ['context'])).toBe(false);
    expect(sameRequest({ ids: ['a', 'b'] }, { ids: ['b', 'a'] })).toBe(false);
  });

  it('compares as JSON does: an absent field and an undefined one say the same', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });
});

describe('when a body waits and when a new key is taken', () => {
  const same = (a: string, b: string) => a === b;
  const waiting: OnceState<string> = { idempotencyKey: 'k1', pending: { body: 'A', idempotencyKey: 'k1' } };
  const newKey = () => 'k2';

  it('a waiting body goes first, as it was: settled when the seller now asks something else, sent again when the same', () => {
    expect(firstSend(waiting, 'B', same)).toEqual({ kind: 'settle', submission: waiting.pending });
    expect(firstSend(waiting, null, same)).toEqual({ kind: 'settle', submission: waiting.pending });
    expect(firstSend(waiting, 'A', same)).toEqual({ kind: 'resend', submission: waiting.pending });
    expect(firstSend({ idempotencyKey: 'k1', pending: undefined }, 'B', same)).toEqual({ kind: 'new' });
    expect(firstSend({ idempotencyKey: 'k1', pending: undefined }, null, same)).toEqual({ kind: 'nothing' });
  });

  it('a refusal spends the key; a 429 on first sight keeps it with nothing waiting; anything else keeps the body waiting', () => {
    expect(afterFailure(waiting, new ValidationError(), { firstSight: false }, newKey)).toEqual({
      idempotencyKey: 'k2',
      pending: undefined,
    });
    expect(afterFailure(waiting, new RateLimitedError(), { firstSight: true }, newKey)).toEqual({
      idempotencyKey: 'k1',
      pending: undefined,
    });
    expect(afterFailure(waiting, new RateLimitedError(), { firstSight: false }, newKey)).toBe(waiting);
    expect(afterFailure(waiting, new NetworkError(), { firstSight: true }, newKey)).toBe(waiting);
    expect(afterFailure(waiting, new ConflictError(), { firstSight: true }, newKey)).toBe(waiting);
  });

  it('edits made after a lost answer are left out of the body that was confirmed', () => {
    expect(editsLeftOut('A', 'A', same)).toBe(false);
    expect(editsLeftOut('A', 'B', same)).toBe(true);
    // A form that cannot be sent as it is has been edited.
    expect(editsLeftOut('A', null, same)).toBe(true);
  });
});

const parseJson = (json: string): unknown => JSON.parse(json);

/** A request as a form sends it: what the seller wrote, and a snapshot that changes on its own. */
interface Body {
  text: string;
  snapshot: number;
}

/**
 * What one attempt meets: an answer; a lost answer after the server acted, or before it did; a 5xx;
 * a 429; a refusal (a server refuses only a key it does not hold yet, so on a held one it answers).
 */
type Attempt = 'ok' | 'lostAfter' | 'lostBefore' | 'timeoutAfter' | 'unavailable' | 'busy' | 'refused';
const attempts: Attempt[] = [
  'ok',
  'lostAfter',
  'lostBefore',
  'timeoutAfter',
  'unavailable',
  'busy',
  'refused',
];

type Step = { kind: 'edit'; text: string } | { kind: 'send' } | { kind: 'reload' };

/** A server of the contract: one resource per key; the same key with another body is a 422. */
class FakeServer {
  readonly created: { id: number; key: string; body: string }[] = [];
  keyReused = 0;
  script: Attempt[] = [];

  /** One send with the client's automatic retries (lost answers, timeouts and 5xx, twice). */
  async post({ body, idempotencyKey }: PendingSubmit<Body>, onAttempt: () => void): Promise<number> {
    for (let retry = 0; ; retry += 1) {
      onAttempt();
      try {
        return await Promise.resolve(this.#attempt(body, idempotencyKey));
      } catch (error) {
        const retryable =
          error instanceof NetworkError || error instanceof TimeoutError || error instanceof ServerError;
        if (!retryable || retry === 2) throw error;
      }
    }
  }

  #attempt(body: Body, key: string): number {
    const attempt = this.script.shift() ?? 'ok';
    const held = this.created.find((resource) => resource.key === key);
    if (attempt === 'lostBefore') throw new NetworkError();
    if (attempt === 'unavailable') throw new ServerError({ status: 503 });
    if (attempt === 'busy') throw new RateLimitedError({ retryAfterSeconds: 1 });
    if (attempt === 'refused' && held === undefined) throw new ValidationError();
    const id = this.#act(body, key);
    if (attempt === 'lostAfter') throw new NetworkError();
    if (attempt === 'timeoutAfter') throw new TimeoutError({ timeoutMs: 300 });
    return id;
  }

  #act(body: Body, key: string): number {
    const json = JSON.stringify(body);
    const held = this.created.find((resource) => resource.key === key);
    if (held !== undefined) {
      if (held.body === json) return held.id;
      this.keyReused += 1;
      throw new ValidationError({ fieldErrors: [{ path: 'Idempotency-Key', message: 'key reused' }] });
    }
    const id = this.created.length + 1;
    this.created.push({ id, key, body: json });
    return id;
  }
}

/** A seller at a form: edits, sends, reloads (the draft holds the text and the committed state). */
async function run(steps: readonly Step[], script: readonly Attempt[]) {
  const server = new FakeServer();
  server.script = [...script];
  let keys = 0;
  let snapshots = 0;
  let text = 'Первый текст';
  let stored: OnceState<Body> = { idempotencyKey: 'key-0', pending: undefined };
  let state = stored;
  const confirmed: { id: number; text: string; editsLeftOut: boolean }[] = [];

  const send = async (body: Body | null) => {
    const sentText = text;
    const result = await sendOnce<Body, number>(state, body, {
      post: (submission, onAttempt) => server.post(submission, onAttempt),
      commit: (next) => {
        stored = next;
        return Promise.resolve();
      },
      newKey: () => `key-${String((keys += 1))}`,
      same: (a, b) => sameRequest(a, b, ['snapshot']),
      current: () => (text === '' ? null : { text, snapshot: -1 }),
      fresh: (fresh) => Promise.resolve({ ...fresh, snapshot: (snapshots += 1) }),
    });
    state = result.state;
    const outcome: SendOutcome<Body, number> = result.outcome;
    if (outcome.kind === 'confirmed') {
      confirmed.push({ id: outcome.result, text: sentText, editsLeftOut: outcome.editsLeftOut });
      // The form starts afresh (the request form's success screen; the reply's empty box).
      stored = state;
      if (!outcome.editsLeftOut) text = '';
    }
  };

  for (const step of steps) {
    if (step.kind === 'edit') text = step.text;
    else if (step.kind === 'send') await send(text === '' ? null : { text, snapshot: 0 });
    else {
      // A reload: what the draft holds, settled on open.
      state = stored;
      await send(null);
    }
  }
  // Later the server answers every time, and the seller sends what they have.
  server.script = [];
  await send(text === '' ? null : { text, snapshot: 0 });
  await send(null);
  return { server, confirmed, state };
}

describe('sendOnce against a server that loses answers', () => {
  const step = fc.oneof(
    fc.constantFrom('Текст А', 'Текст Б', '').map((text): Step => ({ kind: 'edit', text })),
    fc.constant<Step>({ kind: 'send' }),
    fc.constant<Step>({ kind: 'reload' }),
  );

  /** Any seller's steps against any run of lost answers, 5xx, 429s and refusals. */
  const anyRun = (check: (result: Awaited<ReturnType<typeof run>>) => void) =>
    fc.assert(
      fc.asyncProperty(
        fc.array(step, { maxLength: 12 }),
        fc.array(fc.constantFrom(...attempts), { maxLength: 20 }),
        async (steps, script) => {
          check(await run(steps, script));
        },
      ),
    );

  it('never reuses a key for another body, creates nothing twice, and in the end has everything confirmed once', async () => {
    await anyRun(({ server, confirmed, state }) => {
      expect(server.keyReused).toBe(0);
      expect(state.pending).toBeUndefined();
      // Every resource the server made was confirmed to the seller, each once.
      expect(confirmed.map(({ id }) => id).sort((a, b) => a - b)).toEqual(server.created.map(({ id }) => id));
    });
  });

  it('a confirmation without "edits left out" carries what the seller had', async () => {
    await anyRun(({ server, confirmed }) => {
      for (const { id, text, editsLeftOut: leftOut } of confirmed) {
        const body = server.created.find((resource) => resource.id === id)?.body ?? '';
        if (!leftOut) expect(parseJson(body)).toMatchObject({ text });
      }
    });
  });

  it('a body sent again goes byte for byte as first sent, with its first snapshot', async () => {
    const { server, confirmed } = await run(
      [{ kind: 'send' }, { kind: 'send' }],
      ['lostAfter', 'lostAfter', 'lostAfter'],
    );
    expect(server.created).toHaveLength(1);
    expect(server.created[0]?.body).toBe(JSON.stringify({ text: 'Первый текст', snapshot: 1 }));
    expect(confirmed).toEqual([{ id: 1, text: 'Первый текст', editsLeftOut: false }]);
  });

  it('edits after a lost answer: the first body is confirmed, the edits are said to be left out', async () => {
    const { server, confirmed } = await run(
      [{ kind: 'send' }, { kind: 'edit', text: 'Текст Б' }, { kind: 'send' }],
      ['lostAfter', 'lostAfter', 'lostAfter'],
    );
    expect(server.created.map(({ body }) => parseJson(body))).toEqual([
      { text: 'Первый текст', snapshot: 1 },
      { text: 'Текст Б', snapshot: 2 },
    ]);
    expect(confirmed).toEqual([
      { id: 1, text: 'Текст Б', editsLeftOut: true },
      // The seller kept the edits and sent them as a request of their own.
      { id: 2, text: 'Текст Б', editsLeftOut: false },
    ]);
  });

  it('a refusal makes the next send a new action with a new key; a 429 on first sight keeps the key', async () => {
    const keys: string[] = [];
    const server = new FakeServer();
    server.script = ['busy', 'refused'];
    let state: OnceState<Body> = { idempotencyKey: 'key-0', pending: undefined };
    let next = 0;
    const io = {
      post: (submission: PendingSubmit<Body>, onAttempt: () => void) => {
        keys.push(submission.idempotencyKey);
        return server.post(submission, onAttempt);
      },
      commit: () => Promise.resolve(),
      newKey: () => `key-${String((next += 1))}`,
      same: (a: Body, b: Body) => sameRequest(a, b, ['snapshot']),
      current: () => null,
      fresh: (body: Body) => Promise.resolve(body),
    };
    for (const text of ['А', 'Б', 'В']) {
      const result = await sendOnce(state, { text, snapshot: 0 }, io);
      state = result.state;
      expect(result.outcome.kind === 'failed' && result.outcome.unconfirmed).toBe(false);
    }
    expect(keys).toEqual(['key-0', 'key-0', 'key-1']);
    expect(server.created.map(({ key }) => key)).toEqual(['key-1']);
  });
});
