import {
  ConflictError,
  ValidationError,
  limits,
  type PostMessageBody,
  type ReceivedTicket,
  type ReceivedTicketEvent,
} from '@seller-support/contract';
import { useEffect, useId, useLayoutEffect, useRef, useState, type Ref } from 'react';
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
import { sameRequest, type OnceState } from '../../../shared/lib/exactly-once';
import { checkText, normalizeText } from '../../../shared/lib/text';
import { useExactlyOnceSubmit } from '../../../shared/lib/use-exactly-once-submit';
import { Button, buttonClass } from '../../../shared/ui/button';
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

/** How long typing pauses before the draft is written. */
export const replyDraftSaveDelayMs = 300;

const messageRules = { min: limits.message.min, max: limits.message.max, required: true } as const;

/**
 * The seller's reply in a request: text and files, kept as a draft per request while the seller
 * writes, sent exactly once by the same rules as a new request (`useExactlyOnceSubmit`): a message
 * whose answer was lost waits in the draft and goes again first, as it was, also after a reload.
 */
export function ReplyForm({
  ticket,
  sectionRef,
}: {
  ticket: ReceivedTicket;
  /** The section, for a way to bring the seller here from elsewhere on the page. */
  sectionRef?: Ref<HTMLElement> | undefined;
}) {
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
    <section ref={sectionRef} className="request-actions__section" aria-labelledby={titleId}>
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

/** What the status line says after a confirmed send. */
type Sent = 'sent' | 'editsLeftOut' | null;

interface ReplyEditorProps {
  ticketId: string;
  titleId: string;
  initial: ReplyDraft;
  restored: boolean;
  storage: DraftStorage;
}

/** The body a reply makes: normalised text and the uploaded files' ids. */
const bodyOf = ({ body, attachments }: Pick<ReplyDraft, 'body' | 'attachments'>): PostMessageBody => ({
  body: normalizeText(body),
  attachmentIds: attachments.map(({ id }) => id),
});

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
  const [sent, setSent] = useState<Sent>(null);
  const [attachmentsBusy, setAttachmentsBusy] = useState(false);

  // --- the draft ------------------------------------------------------------------------------
  // What the seller has now, for the timers and events that outlive a render.
  const latest = useRef({ body, attachments });
  useLayoutEffect(() => {
    latest.current = { body, attachments };
  });
  const writeDraft = ({ idempotencyKey, pending }: OnceState<PostMessageBody>) =>
    // A draft that cannot be written must not stop the seller from writing or sending.
    saveReplyDraft(storage, ticketId, {
      ...latest.current,
      idempotencyKey,
      pendingSubmit: pending,
    }).catch(() => undefined);

  // --- what the seller is told ----------------------------------------------------------------
  const onConfirmed = async (editsLeftOut: boolean, state: OnceState<PostMessageBody>) => {
    if (editsLeftOut) {
      // Never sent: the edits stay in the box, as a reply of their own with the new key.
      await writeDraft(state);
    } else {
      await clearReplyDraft(storage, ticketId).catch(() => undefined);
      latest.current = { body: '', attachments: [] };
      setBody('');
      setAttachments([]);
      setChecked(false);
    }
    setRestored(false);
    setSent(editsLeftOut ? 'editsLeftOut' : 'sent');
  };

  const onFailed = (
    error: unknown,
    sentBody: PostMessageBody | undefined,
    state: OnceState<PostMessageBody>,
  ) => {
    if (error instanceof ConflictError) {
      // Closed meanwhile: the ticket is refreshed (the form goes away); the text is shown back.
      publish({ kind: 'replyConflict', tone: 'assertive', unsentText: normalizeText(latest.current.body) });
      return;
    }
    if (!(error instanceof ValidationError)) {
      setFailure(failureOf(error));
      return;
    }
    const problems: ServerProblems = { other: [] };
    let keyReused = false;
    // Uploads the server does not take: dropped from the reply, the seller asked to attach them again.
    const gone = refusedAttachmentIds(error.fieldErrors, sentBody?.attachmentIds ?? []);
    const goneNames = latest.current.attachments.filter(({ id }) => gone.has(id)).map(({ name }) => name);
    for (const fieldError of error.fieldErrors) {
      const { path, message } = fieldError;
      if (goneNames.length > 0 && isAttachmentError(fieldError)) continue;
      if (path === 'body') problems.body = message;
      else if (path === 'attachmentIds' || path.startsWith('attachmentIds.')) problems.attachments = message;
      else if (path.toLowerCase() === 'idempotency-key') keyReused = true;
      else problems.other.push(message);
    }
    if (goneNames.length > 0) {
      problems.attachments = goneAttachmentsMessage(t, locale, goneNames);
      const kept = latest.current.attachments.filter(({ id }) => !gone.has(id));
      latest.current = { ...latest.current, attachments: kept };
      setAttachments(kept);
      void writeDraft(state);
    }
    setServerProblems(problems);
    setFailure(keyReused ? { kind: 'keyReused' } : failureOf(error));
  };

  // --- sending --------------------------------------------------------------------------------
  const once = useExactlyOnceSubmit<PostMessageBody, ReceivedTicketEvent>({
    initial: { idempotencyKey: initial.idempotencyKey, pending: initial.pendingSubmit },
    same: (a, b) => sameRequest(a, b),
    current: () => (checkText(latest.current.body, messageRules) === null ? bodyOf(latest.current) : null),
    post: ({ body: message, idempotencyKey }, onAttempt) =>
      postMessage.mutateAsync({ body: message, idempotencyKey, onAttempt }),
    writeDraft,
    draftSaveDelayMs: replyDraftSaveDelayMs,
    // Run again by "Send" pressed while files upload or offline: the reply as it is then goes out.
    prepare: () => {
      setChecked(true);
      setSent(null);
      if (checkText(latest.current.body, messageRules) !== null) {
        textareaRef.current?.focus();
        return null;
      }
      return { body: bodyOf(latest.current) };
    },
    onWaitForFiles: () => setFailure({ kind: 'busy' }),
    onSend: () => {
      setFailure(null);
      setServerProblems(noServerProblems);
    },
    onConfirmed: (_event, { editsLeftOut, state }) => onConfirmed(editsLeftOut, state),
    onFailed: (error, { sent: sentBody, state }) => onFailed(error, sentBody, state),
  });
  const { sending, checking, queued } = once;

  const requestFailure =
    failure === null || failure.kind === 'busy' || failure.kind === 'keyReused' ? null : failure;
  const secondsHeld = useSendHeld(requestFailure);
  const problem = checked ? checkText(body, messageRules) : null;
  const bodyError = problem === null ? serverProblems.body : textProblemMessage(t, problem);
  const attachmentsError =
    serverProblems.attachments ??
    (failure?.kind === 'busy' && attachmentsBusy ? t('requestActions.reply.waitForFiles') : undefined);
  const blocked = sending || queued || checking || secondsHeld > 0;
  const failureText =
    failure?.kind === 'keyReused'
      ? t('requestActions.reply.keyReused')
      : requestFailure === null
        ? null
        : failureMessage(t, requestFailure, actionWording);

  return (
    <form
      className="request-actions__form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!blocked) void once.submit();
      }}
    >
      {!online && (
        <p className="request-actions__offline" role="status">
          {t('requestActions.reply.offline')}
        </p>
      )}
      {checking ? (
        <p className="ss-muted" role="status">
          {t('requestActions.reply.checking')}
        </p>
      ) : (
        restored && <p className="ss-muted">{t('requestActions.reply.restored')}</p>
      )}
      <LimitedTextarea
        id={textId}
        label={t('requestActions.reply.label')}
        hint={t('requestActions.reply.hint')}
        value={body}
        onChange={(value) => {
          setBody(value);
          setSent(null);
          if (serverProblems.body !== undefined) setServerProblems({ ...serverProblems, body: undefined });
          once.draft.schedule();
        }}
        max={limits.message.max}
        error={bodyError}
        required
        // Nothing to edit while the server is asked about the earlier send.
        readOnly={sending || checking}
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
            setSent(null);
            once.draft.schedule();
          }}
          onBusyChange={(busy) => {
            setAttachmentsBusy(busy);
            once.filesBusyChanged(busy);
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

      {failureText !== null && (
        <div className="ss-alert" role="alert">
          <p>{once.unconfirmed ? `${failureText} ${t('requestActions.reply.unconfirmed')}` : failureText}</p>
          {serverProblems.other.length > 0 && (
            <ul>
              {serverProblems.other.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div className="ss-actions">
        <button type="submit" className={buttonClass('primary')} disabled={blocked} aria-disabled={blocked}>
          {sending
            ? t('requestActions.reply.sending')
            : online
              ? t('requestActions.reply.send')
              : t('requestActions.reply.sendWhenOnline')}
        </button>
        <SendCountdown seconds={secondsHeld} />
        {queued && (
          <button type="button" className={buttonClass('quiet')} onClick={once.cancelQueue}>
            {t('requestActions.reply.cancelQueued')}
          </button>
        )}
      </div>
      <div role="status" className="request-actions__status">
        {queued
          ? t('requestActions.reply.queued')
          : sent === 'editsLeftOut'
            ? t('requestActions.reply.sentEditsLeftOut')
            : sent === 'sent'
              ? t('requestActions.reply.sent')
              : null}
      </div>
    </form>
  );
}
