import { liveReadySchema, liveResetSchema, liveStreamMediaType } from '@seller-support/contract';
import { HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { ContractDriftError } from './handlers/shared';
import type { LiveChange, LiveLog, LiveScope } from './live-log';

/** How often an idle stream sends `: keep-alive` at least, unless the mock API is told otherwise. */
export const defaultHeartbeatSeconds = 15;

/** Whether the mocks offer the live streams, and how they keep them open. */
export interface LiveOptions {
  /** The `heartbeatSeconds` of `ready`: 1 to 300. Default {@link defaultHeartbeatSeconds}. */
  heartbeatSeconds?: number;
}

/** The `data:` of one message, checked against its contract schema first, like every JSON answer. */
export function liveData<S extends z.ZodMiniType>(schema: S, data: z.input<S>, name: string): string {
  const result = z.safeParse(schema, data);
  if (!result.success) throw new ContractDriftError(name, result.error.issues);
  return JSON.stringify(result.data);
}

function message(event: string, data: string, id?: string): string {
  return `event: ${event}\n${id === undefined ? '' : `id: ${id}\n`}data: ${data}\n\n`;
}

export interface LiveStreamSpec {
  log: LiveLog;
  /** Whose stream it is: its ids are no cursor on the other's. */
  scope: LiveScope;
  heartbeatSeconds: number;
  /** The `data:` of `event: ticket` for a change this caller may see; undefined for one they may not. */
  ticketData: (change: LiveChange) => string | undefined;
}

/**
 * `GET /events` as `schemas/live.ts` describes it: `ready`, then the changes after the request's
 * `Last-Event-ID` (or `reset` when the log cannot replay from it), then the live ones, with a
 * keep-alive comment whenever the stream has been quiet for most of the heartbeat. The replay is
 * read and the subscription made in one synchronous turn, so no change falls between them. The
 * stream unsubscribes when the client goes away (the request's signal, or the body cancelled).
 */
export function liveStreamResponse(request: Request, spec: LiveStreamSpec): Response {
  const encoder = new TextEncoder();
  // A timer that fires at the heartbeat exactly would make some gaps a little longer than promised.
  const quietMs = Math.max(200, spec.heartbeatSeconds * 800);
  let stop = (): void => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const isOpen = () => open;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let unsubscribe = (): void => {};
      const onAbort = (): void => {
        stop();
        try {
          controller.close();
        } catch {
          // The consumer cancelled the body already: nothing left to close.
        }
      };
      stop = () => {
        if (!open) return;
        open = false;
        clearTimeout(timer);
        unsubscribe();
        request.signal.removeEventListener('abort', onAbort);
      };
      const write = (text: string): void => {
        if (!open) return;
        controller.enqueue(encoder.encode(text));
        clearTimeout(timer);
        timer = setTimeout(() => write(': keep-alive\n\n'), quietMs);
      };
      // A message that breaks the contract ends this stream, never the store's change that caused it.
      const guarded = (compose: () => string | undefined): void => {
        if (!open) return;
        try {
          const text = compose();
          if (text !== undefined) write(text);
        } catch (error) {
          stop();
          controller.error(error);
        }
      };
      const reset = (seq: number) =>
        message('reset', liveData(liveResetSchema, {}, 'LiveReset'), spec.log.idOf(spec.scope, seq));
      const change = (entry: LiveChange) => {
        const data = spec.ticketData(entry);
        return data === undefined ? undefined : message('ticket', data, spec.log.idOf(spec.scope, entry.seq));
      };

      guarded(() =>
        message('ready', liveData(liveReadySchema, { heartbeatSeconds: spec.heartbeatSeconds }, 'LiveReady')),
      );
      const cursor = request.headers.get('Last-Event-ID')?.trim() ?? '';
      if (cursor !== '') {
        const replay = spec.log.after(spec.log.seqOf(spec.scope, cursor));
        if (replay.kind === 'reset') guarded(() => reset(replay.seq));
        else for (const entry of replay.changes) guarded(() => change(entry));
      }
      // A message that broke the contract above ended the stream: nothing to follow then.
      if (!isOpen()) return;
      unsubscribe = spec.log.subscribe({
        change: (entry) => guarded(() => change(entry)),
        reset: (seq) => guarded(() => reset(seq)),
        end: onAbort,
      });
      if (request.signal.aborted) onAbort();
      else request.signal.addEventListener('abort', onAbort, { once: true });
    },
    cancel() {
      stop();
    },
  });
  return new HttpResponse(body, {
    status: 200,
    headers: {
      'Content-Type': liveStreamMediaType,
      // Every message is news: no cache in between may keep or replay one.
      'Cache-Control': 'no-store',
      // Asks a buffering proxy (nginx) in front of a server to pass each message on at once.
      'X-Accel-Buffering': 'no',
    },
  });
}
