import {
  ConflictError,
  NetworkError,
  ValidationError,
  limits,
  type ReceivedTicket,
} from '@seller-support/contract';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { failureOf, type Failure } from '../../../shared/api/error-kind';
import { failureMessage } from '../../../shared/api/failure-message';
import { usePolicy } from '../../../shared/api/get-policy';
import { AttachmentField, type DraftAttachment } from '../../../shared/attachments/attachment-field';
import type { DraftStorage } from '../../../shared/drafts/draft-storage';
import { useDraftStorage } from '../../../shared/drafts/draft-storage-context';
import {
  goneAttachmentsMessage,
  isAttachmentError,
  refusedAttachmentIds,
} from '../../../shared/attachments/gone-attachments';
import { useLocale, useT } from '../../../shared/i18n';
import { newIdempotencyKey } from '../../../shared/lib/idempotency-key';
import { checkText, normalizeText } from '../../../shared/lib/text';
import { Button } from '../../../shared/ui/button';
import { SendCountdown, useSendHeld } from '../../../shared/ui/send-countdown';
import { usePostMessage } from '../api/ticket-actions';
import { actionWording } from './action-failure';
import { usePublishNotice } from './action-notice';
import { LimitedTextarea } from './limited-textarea';
import {
  clearReplyDraft,
  isEmptyReplyDraft,
  loadReplyDraft,
  newReplyDraft,
  saveReplyDraft,
  type ReplyDraft,
} from './reply-draft';
import { textProblemMessage } from './text-rules';
import { useOnlineStatus } from '../../../shared/lib/use-online-status';
import { useSubmitGate } from '../../../shared/lib/use-submit-gate';
import { useDraftAutosave } from '../../../shared/drafts/use-draft-autosave';

/** How long typing pauses before the draft is written. */
export const replyDraftSaveDelayMs = 300;

const messageRules = { min: limits.message.min, max: limits.message.max, required: true } as const;

/**
 * The seller's reply in a request: text and files, kept as a draft per request while the seller
 * writes, sent once (one idempotency key per draft, reused by every retry and after a reload).
 */
export function ReplyForm({ ticket }: { ticket: ReceivedTicket }) {
  const t = useT();
  const storage = useDraftStorage();
  const titleId = useId();
  const [initial, setInitial] = useState<{ draft: ReplyDraft; restored: boolean } | null>(null);

  useEffect(() => {
    let live = true;
    void loadReplyDraft(storage, ticket.id).then((draft) => {
      if (!live) return;
      setInitial(
        draft === null
          ? { draft: newReplyDraft(), restored: false }
          : { draft, restored: !isEmptyReplyDraft(draft) },
      );
    });
    return () => {
      live = false;
    };
  }, [storage, ticket.id]);

  return (
    <section className="request-actions__section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('requestActions.reply.title')}</h2>
      {initial === null ? (
        <p className="ss-muted">{t('requestActions.reply.loading')}</p>
      ) : (
        <ReplyEditor
          ticketId={ticket.id}
          titleId={titleId}
          initial={initial.draft}
          restored={initial.restored}
          storage={storage}
        />
      )}
    </section>
  );
}

type ReplyFailure = Failure | { kind: 'busy' } | { kind: 'keyReused' };

interface ServerProblems {
  body?: string | undefined;
  attachments?: string | undefined;
  /** Messages that belong to no field. */
  other: string[];
}

const noServerProblems: ServerProblems = { other: [] };

interface ReplyEditorProps {
  ticketId: string;
  titleId: string;
  initial: ReplyDraft;
  restored: boolean;
  storage: DraftStorage;
}

function ReplyEditor({ ticketId, titleId, initial, restored: restoredAtStart, storage }: ReplyEditorProps) {
  const t = useT();
  const locale = useLocale();
  const online = useOnlineStatus();
  const policy = usePolicy();
  const publish = usePublishNotice(ticketId);
  const postMessage = usePostMessage(ticketId);
  const textId = useId();
  const attachmentsId = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  const [body, setBody] = useState(initial.body);
  const [attachments, setAttachments] = useState<DraftAttachment[]>(initial.attachments);
  const [restored, setRestored] = useState(restoredAtStart);
  const [checked, setChecked] = useState(false);
  const [serverProblems, setServerProblems] = useState<ServerProblems>(noServerProblems);
  const [failure, setFailure] = useState<ReplyFailure | null>(null);
  const [sent, setSent] = useState(false);
  const [attachmentsBusy, setAttachmentsBusy] = useState(false);

  // --- the draft ------------------------------------------------------------------------------
  const idempotencyKey = useRef(initial.idempotencyKey);
  // What the seller has now, for the timers and events that outlive a render.
  const latest = useRef({ body, attachments });
  useLayoutEffect(() => {
    latest.current = { body, attachments };
  });
  const {
    saveNow,
    schedule: scheduleSave,
    cancel: cancelSave,
  } = useDraftAutosave(
    // A draft that cannot be written must not stop the seller from writing or sending.
    () =>
      saveReplyDraft(storage, ticketId, { ...latest.current, idempotencyKey: idempotencyKey.current }).catch(
        () => undefined,
      ),
    replyDraftSaveDelayMs,
  );

  // --- sending --------------------------------------------------------------------------------
  const inFlight = useRef(false);
  // "Send" pressed while files were uploading or while offline goes out when they are done or the
  // connection is back, with the reply as it is then.
  const resubmit = useRef<() => unknown>(() => undefined);
  const gate = useSubmitGate(() => resubmit.current());
  const { queued } = gate;
  const sending = postMessage.isPending;

  const send = async () => {
    // A second click (or an `online` event) while a message goes out must not send another one.
    if (inFlight.current) return;
    inFlight.current = true;
    setFailure(null);
    setServerProblems(noServerProblems);
    const draft = latest.current;
    try {
      await saveNow();
      await postMessage.mutateAsync({
        body: { body: normalizeText(draft.body), attachmentIds: draft.attachments.map(({ id }) => id) },
        idempotencyKey: idempotencyKey.current,
      });
      // Confirmed by the server: only now is the draft done with, and the next one gets a new key.
      cancelSave();
      idempotencyKey.current = newIdempotencyKey();
      await clearReplyDraft(storage, ticketId).catch(() => undefined);
      setBody('');
      setAttachments([]);
      setChecked(false);
      setRestored(false);
      setSent(true);
    } catch (error) {
      if (error instanceof NetworkError && !navigator.onLine) {
        gate.queue();
      } else if (error instanceof ConflictError) {
        // Closed meanwhile: the ticket is refreshed (the form goes away); the text is shown back.
        publish({ kind: 'replyConflict', tone: 'assertive', unsentText: normalizeText(draft.body) });
      } else if (error instanceof ValidationError) {
        const problems: ServerProblems = { other: [] };
        let keyReused = false;
        // Uploads the server does not take: dropped from the reply, the seller asked to attach them again.
        const gone = refusedAttachmentIds(
          error.fieldErrors,
          draft.attachments.map(({ id }) => id),
        );
        const goneNames = draft.attachments.filter(({ id }) => gone.has(id)).map(({ name }) => name);
        for (const fieldError of error.fieldErrors) {
          const { path, message } = fieldError;
          if (goneNames.length > 0 && isAttachmentError(fieldError)) continue;
          if (path === 'body') problems.body = message;
          else if (path === 'attachmentIds' || path.startsWith('attachmentIds.'))
            problems.attachments = message;
          else if (path.toLowerCase() === 'idempotency-key') keyReused = true;
          else problems.other.push(message);
        }
        if (goneNames.length > 0) {
          problems.attachments = goneAttachmentsMessage(t, locale, goneNames);
          const kept = latest.current.attachments.filter(({ id }) => !gone.has(id));
          latest.current = { ...latest.current, attachments: kept };
          setAttachments(kept);
        }
        // The server created nothing for this body: a corrected one is a new message with its own key.
        idempotencyKey.current = newIdempotencyKey();
        void saveNow();
        setServerProblems(problems);
        setFailure(keyReused ? { kind: 'keyReused' } : failureOf(error));
      } else {
        setFailure(failureOf(error));
      }
    } finally {
      inFlight.current = false;
    }
  };

  const submit = async () => {
    if (inFlight.current) return;
    setChecked(true);
    setSent(false);
    if (checkText(latest.current.body, messageRules) !== null) {
      textareaRef.current?.focus();
      return;
    }
    const state = gate.check();
    if (state === 'waitForFiles') {
      setFailure({ kind: 'busy' });
      return;
    }
    if (state === 'queued') {
      await saveNow();
      return;
    }
    await send();
  };
  useLayoutEffect(() => {
    resubmit.current = submit;
  });

  const problem = checked ? checkText(body, messageRules) : null;
  const bodyError = problem === null ? serverProblems.body : textProblemMessage(t, problem);
  const attachmentsError =
    serverProblems.attachments ??
    (failure?.kind === 'busy' && attachmentsBusy ? t('requestActions.reply.waitForFiles') : undefined);
  const requestFailure =
    failure === null || failure.kind === 'busy' || failure.kind === 'keyReused' ? null : failure;
  const secondsHeld = useSendHeld(requestFailure);
  const blocked = sending || queued || secondsHeld > 0;

  return (
    <form
      className="request-actions__form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!blocked) void submit();
      }}
    >
      {!online && (
        <p className="request-actions__offline" role="status">
          {t('requestActions.reply.offline')}
        </p>
      )}
      {restored && <p className="ss-muted">{t('requestActions.reply.restored')}</p>}
      <LimitedTextarea
        id={textId}
        label={t('requestActions.reply.label')}
        hint={t('requestActions.reply.hint')}
        value={body}
        onChange={(value) => {
          setBody(value);
          setSent(false);
          if (serverProblems.body !== undefined) setServerProblems({ ...serverProblems, body: undefined });
          scheduleSave();
        }}
        max={limits.message.max}
        error={bodyError}
        required
        readOnly={sending}
        rows={5}
        textareaRef={textareaRef}
      />
      {policy.data !== undefined ? (
        <AttachmentField
          id={attachmentsId}
          label={t('requestActions.reply.attachments')}
          policy={policy.data.attachments}
          value={attachments}
          onChange={(next) => {
            setAttachments(next);
            setSent(false);
            scheduleSave();
          }}
          onBusyChange={(busy) => {
            setAttachmentsBusy(busy);
            gate.filesBusyChanged(busy);
          }}
          error={attachmentsError}
        />
      ) : (
        policy.isError && (
          <div className="request-actions__policy-failed">
            <p>{t('requestActions.reply.policyFailed')}</p>
            <Button onClick={() => void policy.refetch()} disabled={policy.isFetching}>
              {t('common.retry')}
            </Button>
          </div>
        )
      )}

      {failure !== null && failure.kind !== 'busy' && (
        <div className="ss-alert" role="alert">
          <p>
            {requestFailure === null
              ? t('requestActions.reply.keyReused')
              : failureMessage(t, requestFailure, actionWording)}
          </p>
          {serverProblems.other.length > 0 && (
            <ul>
              {serverProblems.other.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div className="request-actions__buttons">
        <button type="submit" className="ss-button" disabled={blocked} aria-disabled={blocked}>
          {sending
            ? t('requestActions.reply.sending')
            : online
              ? t('requestActions.reply.send')
              : t('requestActions.reply.sendWhenOnline')}
        </button>
        <SendCountdown seconds={secondsHeld} />
        {queued && (
          <button type="button" className="ss-button request-actions__secondary" onClick={gate.cancelQueue}>
            {t('requestActions.reply.cancelQueued')}
          </button>
        )}
      </div>
      <div role="status" className="request-actions__status">
        {queued ? t('requestActions.reply.queued') : sent ? t('requestActions.reply.sent') : null}
      </div>
    </form>
  );
}
