import { NetworkError } from '@seller-support/contract';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useDraftAutosave, type DraftAutosave } from '../drafts/use-draft-autosave';
import { sendOnce, type OnceState, type PendingSubmit } from './exactly-once';
import { newIdempotencyKey } from './idempotency-key';
import { useLatest } from './use-latest';
import { useSubmitGate } from './use-submit-gate';

/** What a valid form sends: its body, and how to make it as of now when it is new. */
export interface PreparedSubmit<Body> {
  body: Body;
  /** The body that goes out when it is new (the case as the server has it now, say); a waiting body goes as it was. */
  fresh?: (() => Promise<Body>) | undefined;
}

export interface ExactlyOnceSubmitOptions<Body, Result> {
  /** The draft's key and the body still waiting for its answer, as stored. */
  initial: OnceState<Body>;
  /** Whether two bodies ask the same (what changes by itself, like a snapshot, left out). */
  same: (a: Body, b: Body) => boolean;
  /** The body the form makes now, or null when it cannot be sent as it is. */
  current: () => Body | null;
  /** Sends one submission; `onAttempt` is told of each attempt, automatic retries included. */
  post: (submission: PendingSubmit<Body>, onAttempt: () => void) => Promise<Result>;
  /** Writes the form's draft with this key and waiting body. */
  writeDraft: (state: OnceState<Body>) => Promise<void>;
  /** How long typing pauses before the draft is written. */
  draftSaveDelayMs: number;
  /** The form's checks: what to send, or null when the form says what is wrong instead. */
  prepare: () => PreparedSubmit<Body> | null | Promise<PreparedSubmit<Body> | null>;
  /** Sent while files upload: it goes once they are done; the form may say so. */
  onWaitForFiles?: (() => void) | undefined;
  onFilesDone?: (() => void) | undefined;
  /** A send begins: what an earlier one failed with is old news. */
  onSend?: (() => void) | undefined;
  /**
   * The server confirmed. `editsLeftOut`: it was a body sent earlier whose answer had been lost, and
   * what the seller changed since is not in it. `state`: the new key, nothing waiting; the draft is
   * the form's to clear or to write with it.
   */
  onConfirmed: (result: Result, outcome: { editsLeftOut: boolean; state: OnceState<Body> }) => unknown;
  /**
   * The send failed (not for want of a connection: then it waits for it). `sent`: the body that went
   * out last; `state`: as the draft now holds it.
   */
  onFailed: (error: unknown, context: { sent: Body | undefined; state: OnceState<Body> }) => void;
}

export interface ExactlyOnceSubmit {
  /** The form's submit: its checks, then a send now or once files are up and the browser is online. */
  submit: () => Promise<void>;
  /** The draft, written as the seller types (`schedule`) with the key and the waiting body. */
  draft: DraftAutosave;
  /** A send runs: another click is ignored. */
  sending: boolean;
  /** Opened on a body whose answer was never known (a reload mid-send): the server is asked first. */
  checking: boolean;
  /** The last send's answer is not known: its body waits and goes first, as it was. */
  unconfirmed: boolean;
  /** Waiting for the connection. */
  queued: boolean;
  cancelQueue: () => void;
  /** For the attachments field: files started or finished uploading. */
  filesBusyChanged: (busy: boolean) => void;
}

/**
 * A form's submit that creates exactly one thing, by the rules of `exactly-once.ts`, and its draft:
 * the waiting body is kept with the draft, goes again first and byte for byte, and is settled as soon
 * as the form opens after a reload; a new key only after a refusal or a confirmation; edits made
 * after a lost answer reported as left out. It sends through {@link useSubmitGate}: after uploads,
 * and when online.
 */
export function useExactlyOnceSubmit<Body, Result>(
  options: ExactlyOnceSubmitOptions<Body, Result>,
): ExactlyOnceSubmit {
  const latest = useLatest(options);
  const state = useRef(options.initial);
  // Read at the moment of a click or an `online` event: a state would come one render late.
  const inFlight = useRef(false);
  const [sending, setSending] = useState(false);
  const [settleFirst] = useState(options.initial.pending !== undefined);
  const [checking, setChecking] = useState(settleFirst);
  const [unconfirmed, setUnconfirmed] = useState(false);
  const draft = useDraftAutosave(() => latest.current.writeDraft(state.current), options.draftSaveDelayMs);
  const { saveNow, cancel: cancelSave } = draft;
  // The gate runs the submit again (files up, back online); the submit needs the gate.
  const resubmit = useRef<() => unknown>(() => undefined);
  const gate = useSubmitGate(() => resubmit.current(), {
    onFilesDone: () => latest.current.onFilesDone?.(),
  });
  const latestGate = useLatest(gate);

  /** Sends `body` (null: only settles a waiting one); false when a send was running already. */
  const run = useCallback(
    async (body: Body | null, fresh?: () => Promise<Body>): Promise<boolean> => {
      if (inFlight.current) return false;
      inFlight.current = true;
      setSending(true);
      latest.current.onSend?.();
      try {
        const { state: next, outcome } = await sendOnce(state.current, body, {
          post: (submission, onAttempt) => latest.current.post(submission, onAttempt),
          commit: (committed) => {
            state.current = committed;
            return saveNow();
          },
          newKey: newIdempotencyKey,
          same: (a, b) => latest.current.same(a, b),
          current: () => latest.current.current(),
          fresh: (asIs) => fresh?.() ?? Promise.resolve(asIs),
        });
        state.current = next;
        if (outcome.kind === 'confirmed') {
          // A write still waiting would bring back the draft of what was just confirmed.
          cancelSave();
          setUnconfirmed(false);
          await latest.current.onConfirmed(outcome.result, {
            editsLeftOut: outcome.editsLeftOut,
            state: next,
          });
        } else if (outcome.kind === 'failed') {
          setUnconfirmed(outcome.unconfirmed);
          if (outcome.error instanceof NetworkError && !navigator.onLine) latestGate.current.queue();
          else latest.current.onFailed(outcome.error, { sent: outcome.sent, state: next });
        }
      } finally {
        inFlight.current = false;
        setSending(false);
      }
      return true;
    },
    [latest, latestGate, saveNow, cancelSave],
  );

  const submit = async () => {
    const prepared = await latest.current.prepare();
    if (prepared === null) return;
    const next = gate.check();
    if (next === 'waitForFiles') latest.current.onWaitForFiles?.();
    else if (next === 'queued') await saveNow();
    else await run(prepared.body, prepared.fresh);
  };
  useLayoutEffect(() => {
    resubmit.current = submit;
  });

  // Opened on a body that never got its answer: ask the server again before anything else.
  useEffect(() => {
    if (!settleFirst) return;
    void run(null).then((ran) => {
      if (ran) setChecking(false);
    });
  }, [settleFirst, run]);

  return {
    submit,
    draft,
    sending,
    checking,
    unconfirmed,
    queued: gate.queued,
    cancelQueue: gate.cancelQueue,
    filesBusyChanged: gate.filesBusyChanged,
  };
}
