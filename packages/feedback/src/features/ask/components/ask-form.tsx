import { zodResolver } from '@hookform/resolvers/zod';
import {
  ApiError,
  ConflictError,
  limits,
  NetworkError,
  RateLimitedError,
  ValidationError,
  type CreateTicketBody,
  type ReceivedPolicy,
  type ReceivedSellerContext,
  type ReceivedTicket,
  type Topic,
} from '@seller-support/contract';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useController, useForm, useFormState, useWatch, type UseFormReturn } from 'react-hook-form';
import * as z from 'zod/mini';
import { failureOf, type Failure } from '../../../shared/api/error-kind';
import { failureMessage, type FailureWording } from '../../../shared/api/failure-message';
import { useLocale, useT, type Translate } from '../../../shared/i18n';
import { SendCountdown, useSendHeld } from '../../../shared/ui/send-countdown';
import { useLatest } from '../../../shared/lib/use-latest';
import { Button } from '../../../shared/ui/button';
import { Fieldset } from '../../../shared/ui/form/field';
import { ContextSnapshotCard } from '../../../shared/ui/context-snapshot/context-snapshot-card';
import { useCreateTicket } from '../api/create-ticket';
import { refreshCase, refreshOrders } from '../api/refresh-case';
import { useApiClient } from '../../../shared/api/api-client-context';
import type { Draft, DraftStore, PendingSubmit } from '../drafts/draft-store';
import { newIdempotencyKey } from '../../../shared/lib/idempotency-key';
import { buildContextSnapshot, buildTicketBody, currentEnvironment } from '../model/build-ticket-body';
import { fieldIds, formPathOfBodyPath } from '../model/field-paths';
import {
  askFormSchema,
  changeTopic,
  withOfferedTopic,
  type AskFormValues,
  type ValidAskFormValues,
} from '../model/form-values';
import { moduleVersion } from '../model/module-version';
import { AttachmentField } from '../../../shared/attachments/attachment-field';
import {
  goneAttachmentsMessage,
  isAttachmentError,
  refusedAttachmentIds,
} from '../../../shared/attachments/gone-attachments';
import { ErrorSummary, SubmitAlert } from './error-summary';
import { collectProblems } from './form-errors';
import { usePickerValue, type FormControl } from './form-controls';
import { HelpArticles, helpArticlesDebounceMs } from './help-articles/help-articles';
import { OfflineBanner } from './offline-banner';
import { OrderPicker } from './order-picker/order-picker';
import { LimitedTextField } from './text-fields';
import {
  AccountFields,
  FraudFields,
  LogisticsFields,
  OrderActionFields,
  PaymentsFields,
  StaffComplaintFields,
  WarrantyFields,
} from './topic-fields';
import { useOnlineStatus } from '../../../shared/lib/use-online-status';
import { useSubmitGate } from '../../../shared/lib/use-submit-gate';
import { useDraftAutosave } from '../../../shared/drafts/use-draft-autosave';

type AskFormApi = UseFormReturn<AskFormValues, unknown, ValidAskFormValues>;

/** How long typing pauses before the draft is written. */
export const draftSaveDelayMs = 300;

/** What became of the host's prefilled orders, for the notice above the form. */
export interface PrefillNotice {
  /** The host's orders: "start over" opens a new request about them. */
  startWith: readonly string[];
  /** Added to a restored draft. */
  added: readonly string[];
  /** The form's topic does not take them (not in transit, one order only). */
  notAdded: readonly string[];
  /** Not among the seller's orders. */
  missing: readonly string[];
  /** Could not be loaded. */
  failed: readonly string[];
}

export interface AskFormProps {
  context: ReceivedSellerContext;
  policy: ReceivedPolicy;
  /** The draft to continue: its values, idempotency key and a submit still waiting for its answer. */
  draft: Draft;
  /** True when the draft came from storage: the form says so and offers to start over. */
  restored: boolean;
  notice?: PrefillNotice | undefined;
  /** The topics offered, in order (the host may hide some). */
  offered: readonly Topic[];
  /** For a dialog: tighter spacing. */
  compact?: boolean | undefined;
  drafts: DraftStore;
  draftScope?: string | undefined;
  /**
   * The server confirmed the request. `editsLeftOut`: an earlier submit whose answer was lost had
   * arrived after all, so what the seller changed since then is not in the request.
   */
  onSubmitted: (ticket: ReceivedTicket, outcome: { editsLeftOut: boolean }) => void;
  /** The seller found the answer in a help article; the draft is already gone. */
  onAnswered: () => void;
  onStartOver: () => void;
}

/** How a submit of the request words its failures: the draft is kept, and a retry makes no second one. */
const submitWording = {
  network: 'askForm.submit.failed.network',
  timeout: 'askForm.submit.failed.timeout',
  server: 'askForm.submit.failed.server',
  unauthorized: 'askForm.submit.failed.unauthorized',
  forbidden: 'askForm.submit.failed.forbidden',
  conflict: 'askForm.submit.failed.conflict',
  malformed: 'askForm.submit.failed.malformed',
  unknown: 'askForm.submit.failed.unknown',
  rateLimited: 'askForm.submit.failed.rateLimited',
  rateLimitedNoWait: 'askForm.submit.failed.rateLimitedNoWait',
} as const satisfies FailureWording;

type SubmitFailure =
  | Failure
  | {
      kind: 'fields';
      formProblems: string[];
      /** The server named no field of the form: the summary says it refused, not "fix N problems". */
      wholeRequest: boolean;
    };

/**
 * The server answered and created nothing: a 4xx refuses the request before acting on it. Not a
 * 408 or a 409 (a request with the same key may still be running), and not a 5xx, a lost
 * connection or an answer the client could not read: after those the request may have arrived.
 * Not a 429 either: it refuses the moment, not the body, and the retry after the wait is the same
 * logical action, so it keeps its key (api.md: one key per action, reused on retry), as the
 * reply's does. See `onFailure` for what a 429 does to a pending body.
 */
function isRefusal(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    !(error instanceof ConflictError) &&
    !(error instanceof RateLimitedError) &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 408
  );
}

/** `value` as JSON with sorted keys: two bodies that say the same compare equal whatever their key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Whether two bodies ask the same: what the seller wrote and chose. The context snapshot is left
 * out; it is taken anew on each submit and changes without the seller doing anything.
 */
function sameRequest(a: CreateTicketBody, b: CreateTicketBody): boolean {
  return canonicalJson({ ...a, context: null }) === canonicalJson({ ...b, context: null });
}

/** The 422 a server answers when the key was used with another body: that other body is a request already. */
const isKeyReuse = (error: ValidationError) =>
  error.fieldErrors.some((fieldError) => fieldError.path.toLowerCase() === 'idempotency-key');

/**
 * The request form: topic, the topic's fields, orders, text, files, the preview of what support
 * will see, and a submit that creates exactly one ticket. The draft is written as the seller types.
 *
 * Exactly once: before a body goes out, it is stored with its key in the draft ("sent, not
 * confirmed"). Until the server's answer to it is known, the same body goes out again with the
 * same key, whatever the seller edits meanwhile; when the form opens on such a draft (a reload
 * mid-submit), it asks again at once. A refusal (4xx) created nothing: the key is dropped and
 * the next submit carries a new one.
 */
export function AskForm({
  context,
  policy,
  draft,
  restored,
  notice,
  offered,
  compact = false,
  drafts,
  draftScope,
  onSubmitted,
  onAnswered,
  onStartOver,
}: AskFormProps) {
  const t = useT();
  const locale = useLocale();
  const online = useOnlineStatus();
  const form = useForm<AskFormValues, unknown, ValidAskFormValues>({
    resolver: zodResolver(askFormSchema),
    defaultValues: draft.values,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const { control, register } = form;
  const sellerId = context.seller.id;

  // --- the draft ------------------------------------------------------------------------------
  const idempotencyKey = useRef(draft.idempotencyKey);
  const pending = useRef<PendingSubmit | undefined>(draft.pendingSubmit);
  const finished = useRef(false);
  const autosave = useDraftAutosave(() => {
    if (finished.current) return Promise.resolve();
    return drafts.save(
      sellerId,
      {
        values: form.getValues(),
        idempotencyKey: idempotencyKey.current,
        savedAt: new Date().toISOString(),
        pendingSubmit: pending.current,
      },
      draftScope,
    );
  }, draftSaveDelayMs);
  const { saveNow } = autosave;

  useEffect(
    () => form.subscribe({ formState: { values: true }, callback: autosave.schedule }),
    [form, autosave.schedule],
  );

  // The host may hide the topic being written about while the form is open.
  useEffect(() => {
    const values = form.getValues();
    const next = withOfferedTopic(values, offered);
    if (next !== values) form.reset(next, { keepDefaultValues: true });
  }, [form, offered]);

  // --- submit ---------------------------------------------------------------------------------
  const createTicket = useCreateTicket();
  const inFlight = useRef(false);
  // Submitted while files were uploading or while offline: it goes out when they are done or the
  // connection is back, with the form as it is then.
  const resubmit = useRef<() => unknown>(() => undefined);
  const gate = useSubmitGate(() => resubmit.current(), {
    onFilesDone: () => form.clearErrors('attachments'),
  });
  const { queued } = gate;
  const [failure, setFailure] = useState<SubmitFailure | null>(null);
  const [unconfirmed, setUnconfirmed] = useState(false);
  const [checking, setChecking] = useState(draft.pendingSubmit !== undefined);
  const [attempt, setAttempt] = useState(0);

  const bodyOf = (values: ValidAskFormValues) =>
    buildTicketBody(values, context, currentEnvironment(moduleVersion, locale));
  const api = useApiClient();
  const queryClient = useQueryClient();
  /**
   * The body as of now: the snapshot takes the orders and the in-transit list as the server has
   * them at this moment (the form's copies may be older), and the form shows them too.
   */
  const freshBodyOf = async (values: ValidAskFormValues) => {
    const now = await refreshCase(queryClient, api, { context, orders: values.orders });
    form.setValue('orders', now.orders);
    return buildTicketBody(
      { ...values, orders: now.orders },
      now.context,
      currentEnvironment(moduleVersion, locale),
    );
  };

  // A restored draft's orders are as they were when it was written: show them as they are now.
  useEffect(() => {
    if (!restored || draft.pendingSubmit !== undefined || draft.values.orders.length === 0) return;
    let cancelled = false;
    void refreshOrders(queryClient, api, draft.values.orders).then((fresh) => {
      if (cancelled) return;
      const byId = new Map(fresh.map((order) => [order.id, order]));
      // The seller may have changed the choice meanwhile: only the orders still chosen are replaced.
      const chosen = form.getValues('orders');
      form.setValue(
        'orders',
        chosen.map((order) => byId.get(order.id) ?? order),
      );
    });
    return () => {
      cancelled = true;
    };
  }, [api, queryClient, form, restored, draft]);
  // How many attempts the last send took: its automatic retries follow lost answers and 5xx.
  const attempts = useRef(0);
  const post = (submission: PendingSubmit) => {
    attempts.current = 0;
    return createTicket.mutateAsync({
      body: submission.body,
      idempotencyKey: submission.idempotencyKey,
      onAttempt: () => {
        attempts.current += 1;
      },
    });
  };

  const finish = async (ticket: ReceivedTicket, editsLeftOut: boolean) => {
    finished.current = true;
    autosave.cancel();
    await drafts.clear(sellerId, draftScope).catch(() => undefined);
    onSubmitted(ticket, { editsLeftOut });
  };

  /** Whether the form now asks something other than `earlier` (or cannot be sent as it is). */
  const editedSince = (earlier: PendingSubmit) => {
    const parsed = z.safeParse(askFormSchema, form.getValues());
    return !parsed.success || !sameRequest(earlier.body, bodyOf(parsed.data));
  };

  /** `sentBefore`: the body had gone out before this send, and its answer was never known. */
  const onFailure = (
    error: unknown,
    topic: Topic,
    sent: CreateTicketBody | undefined,
    sentBefore: boolean,
  ) => {
    if (isRefusal(error)) {
      // Nothing was created: the key is spent, and a corrected body is a new request.
      pending.current = undefined;
      idempotencyKey.current = newIdempotencyKey();
      void saveNow();
    } else if (error instanceof RateLimitedError && !sentBefore && attempts.current === 1) {
      // The server did nothing with a body it saw for the first time: nothing waits for an
      // answer, and edits go out with the same key. A body sent before (by an earlier send or
      // an automatic retry of this one) stays pending: that earlier try may have arrived.
      pending.current = undefined;
      void saveNow();
    }
    setUnconfirmed(pending.current !== undefined);
    if (error instanceof NetworkError && !navigator.onLine) {
      gate.queue();
      return;
    }
    if (error instanceof ValidationError) {
      const keyReused = isKeyReuse(error);
      const formProblems: string[] = keyReused ? [t('askForm.submit.keyReused')] : [];
      let onFields = 0;
      // Uploads the server does not take (an in-page mock forgets them on reload): dropped from the
      // form, and the seller told in their language to attach them again.
      const gone = refusedAttachmentIds(error.fieldErrors, sent?.attachmentIds ?? []);
      const attachments = form.getValues('attachments');
      const goneNames = attachments.filter(({ id }) => gone.has(id)).map(({ name }) => name);
      if (goneNames.length > 0) {
        form.setValue(
          'attachments',
          attachments.filter(({ id }) => !gone.has(id)),
        );
        form.setError('attachments', {
          type: 'server',
          message: goneAttachmentsMessage(t, locale, goneNames),
        });
        onFields += 1;
      }
      for (const fieldError of error.fieldErrors) {
        if (fieldError.path.toLowerCase() === 'idempotency-key') continue;
        if (goneNames.length > 0 && isAttachmentError(fieldError)) continue;
        const message = fieldError.message.trim();
        const path = formPathOfBodyPath(fieldError.path, topic);
        if (path !== null) {
          // A field the server refused without a word is still marked, in the seller's language.
          form.setError(path, {
            type: 'server',
            message: message === '' ? t('askForm.errors.serverRefusedField') : message,
          });
          onFields += 1;
        } else if (message !== '') formProblems.push(message);
      }
      // Nothing the seller could act on (no errors, or none that mean anything here, or a body that
      // was no problem at all): still say that the server refused, and that the next send is new.
      if (onFields === 0 && formProblems.length === 0) formProblems.push(t('askForm.submit.refused'));
      setFailure({ kind: 'fields', formProblems, wholeRequest: onFields === 0 });
    } else {
      setFailure(failureOf(error));
    }
    setAttempt((n) => n + 1);
  };

  /**
   * Sends the form's values, or with `null` only settles a submit still waiting for its answer.
   * A waiting submit goes first, exactly as it was sent: if the server has it, that is the
   * request, and the form's later edits are not sent as a second one.
   */
  const send = async (values: ValidAskFormValues | null) => {
    // A second click (or an `online` event) while a submit runs must not start another one.
    if (inFlight.current) return;
    inFlight.current = true;
    setFailure(null);
    const topic = values?.topic ?? form.getValues('topic');
    const sentBefore = pending.current !== undefined;
    let sent: CreateTicketBody | undefined;
    try {
      const body = values === null ? null : bodyOf(values);
      const earlier = pending.current;
      if (earlier !== undefined && (body === null || !sameRequest(earlier.body, body))) {
        try {
          sent = earlier.body;
          const ticket = await post(earlier);
          await finish(ticket, body !== null || editedSince(earlier));
          return;
        } catch (error) {
          if (body === null || !isRefusal(error)) throw error;
          // Refused: nothing was created under the earlier key. What the seller sends now is new.
          pending.current = undefined;
          idempotencyKey.current = newIdempotencyKey();
        }
      }
      if (body === null || values === null) return;
      // A body that went out already goes again as it was; a new one takes the case as it is now.
      const submission = pending.current ?? {
        body: await freshBodyOf(values),
        idempotencyKey: idempotencyKey.current,
      };
      // From here until the answer, the draft says "sent, not confirmed": a reload asks again.
      pending.current = submission;
      await saveNow();
      sent = submission.body;
      await finish(await post(submission), false);
    } catch (error) {
      onFailure(error, topic, sent, sentBefore);
    } finally {
      inFlight.current = false;
    }
  };

  // Opened on a submit that never got its answer (a reload mid-submit): ask the server again first.
  const latestSend = useLatest(send);
  useEffect(() => {
    if (draft.pendingSubmit === undefined) return;
    void latestSend.current(null).finally(() => setChecking(false));
  }, [draft.pendingSubmit, latestSend]);

  const onValid = async (values: ValidAskFormValues) => {
    const state = gate.check();
    if (state === 'waitForFiles') {
      form.setError('attachments', { type: 'busy', message: 'attachmentsBusy' });
      setAttempt((n) => n + 1);
      return;
    }
    if (state === 'queued') {
      await saveNow();
      return;
    }
    await send(values);
  };
  const onInvalid = () => {
    setFailure(null);
    setAttempt((n) => n + 1);
  };
  const submit = () => form.handleSubmit(onValid, onInvalid)();
  useLayoutEffect(() => {
    resubmit.current = submit;
  });

  const submitting = createTicket.isPending;
  const secondsHeld = useSendHeld(failure === null || failure.kind === 'fields' ? null : failure);
  const blocked = submitting || queued || checking || secondsHeld > 0;
  const topic = useWatch({ control, name: 'topic' });
  const titleId = useId();
  const abandon = () => {
    // A save still pending must not bring back the draft being thrown away.
    finished.current = true;
    autosave.cancel();
  };

  return (
    <form
      className={compact ? 'ask-form ask-form--compact' : 'ask-form'}
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (inFlight.current || blocked) return;
        void submit();
      }}
    >
      <h2 id={titleId}>{t('askForm.title')}</h2>
      {!online && <OfflineBanner />}
      {checking ? (
        <p className="ask-form__checking" role="status">
          {t('askForm.submit.checking')}
        </p>
      ) : (
        <DraftNotice
          restored={restored}
          notice={notice}
          onStartOver={() => {
            abandon();
            onStartOver();
          }}
        />
      )}
      {failure !== null && failure.kind !== 'fields' ? (
        <SubmitAlert
          message={
            unconfirmed
              ? `${failureMessage(t, failure, submitWording)} ${t('askForm.submit.unconfirmed')}`
              : failureMessage(t, failure, submitWording)
          }
          attempt={attempt}
        />
      ) : (
        attempt > 0 && (
          <LiveErrorSummary
            control={control}
            formProblems={failure?.kind === 'fields' ? failure.formProblems : []}
            title={
              failure?.kind === 'fields' && failure.wholeRequest
                ? t('askForm.errors.serverFieldsTitle')
                : undefined
            }
            attempt={attempt}
          />
        )
      )}

      {/* Nothing to edit while the server is asked about the earlier submit. */}
      <div className="ask-form__body" inert={checking}>
        <TopicChooser form={form} offered={offered} />
        <TopicSpecificFields topic={topic} form={form} policy={policy} />
        <OrdersField control={control} topic={topic} />

        <LimitedTextField
          control={control}
          register={register}
          path="subject"
          label={t('askForm.fields.subject')}
          hint={t('askForm.fields.subjectHint')}
          max={limits.subject.max}
          required
        />
        <LimitedTextField
          control={control}
          register={register}
          path="description"
          label={t('askForm.fields.description')}
          hint={t('askForm.fields.descriptionHint')}
          max={limits.description.max}
          required
          multiline
        />
        <HelpArticlesForForm
          form={form}
          topic={topic}
          onAnswered={() => {
            abandon();
            void drafts.clear(sellerId, draftScope).catch(() => undefined);
            onAnswered();
          }}
        />
        <AttachmentsField
          control={control}
          topic={topic}
          policy={policy}
          onBusyChange={gate.filesBusyChanged}
        />
        <Preview control={control} context={context} />
      </div>

      <div className="ask-form__submit">
        <button type="submit" className="ss-button" disabled={blocked} aria-disabled={blocked}>
          {submitting
            ? t('askForm.submit.sending')
            : online
              ? t('askForm.submit.send')
              : t('askForm.submit.sendWhenOnline')}
        </button>
        <SendCountdown seconds={secondsHeld} />
        {queued && (
          <p role="status" className="ask-form__queued">
            {t('askForm.submit.queued')}{' '}
            <Button onClick={gate.cancelQueue}>{t('askForm.submit.cancelQueued')}</Button>
          </p>
        )}
      </div>
    </form>
  );
}

/** Ids as the notice lists them. */
const idList = (ids: readonly string[]) => ids.join(', ');

/**
 * Above the form: that a draft came back (with a way to start over, about the host's orders
 * when it named some), and what became of the host's orders.
 */
function DraftNotice({
  restored,
  notice,
  onStartOver,
}: {
  restored: boolean;
  notice: PrefillNotice | undefined;
  onStartOver: () => void;
}) {
  const t = useT();
  const lines: string[] = [];
  const say = (key: 'added' | 'notAdded' | 'missing' | 'failed', ids: readonly string[] = []) => {
    if (ids.length > 0) lines.push(t(`askForm.prefill.${key}`, { count: ids.length, ids: idList(ids) }));
  };
  if (restored) say('added', notice?.added);
  say('notAdded', notice?.notAdded);
  say('missing', notice?.missing);
  say('failed', notice?.failed);
  if (!restored && lines.length === 0) return null;
  const startWith = notice?.startWith ?? [];
  return (
    <div className="ask-form__restored" role="status">
      {restored && <span>{t('askForm.draft.restored')}</span>}
      {lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
      {restored && (
        <Button onClick={onStartOver}>
          {startWith.length === 0
            ? t('askForm.draft.startOver')
            : t('askForm.prefill.startWith', { count: startWith.length, ids: idList(startWith) })}
        </Button>
      )}
    </div>
  );
}

/** The summary follows the errors as the seller fixes them; focus moves to it on each failed submit. */
function LiveErrorSummary({
  control,
  formProblems,
  title,
  attempt,
}: {
  control: FormControl;
  formProblems: readonly string[];
  title: string | undefined;
  attempt: number;
}) {
  const t = useT();
  const { errors } = useFormState({ control });
  return (
    <ErrorSummary
      problems={collectProblems(t, errors)}
      formProblems={formProblems}
      title={title}
      attempt={attempt}
    />
  );
}

function TopicChooser({ form, offered }: { form: AskFormApi; offered: readonly Topic[] }) {
  const t = useT();
  const { field } = useController({ control: form.control, name: 'topic' });
  return (
    <Fieldset legend={t('askForm.topic.legend')} radios>
      <div className="ask-form__topics">
        {offered.map((topic, index) => (
          <label key={topic} className="ss-choice ask-form__topic">
            <input
              type="radio"
              name={field.name}
              value={topic}
              id={index === 0 ? fieldIds.topic : undefined}
              checked={field.value === topic}
              onChange={() => {
                // Keep what still applies, drop the rest, and start the new topic's checks afresh.
                form.reset(changeTopic(form.getValues(), topic), { keepDefaultValues: true });
              }}
            />
            <span>
              {t(`askForm.topic.${topic}`)}
              <span className="ss-choice__hint">{t(`askForm.topic.${topic}Hint`)}</span>
            </span>
          </label>
        ))}
      </div>
    </Fieldset>
  );
}

function TopicSpecificFields({
  topic,
  form,
  policy,
}: {
  topic: Topic;
  form: AskFormApi;
  policy: ReceivedPolicy;
}) {
  const props = { control: form.control, register: form.register };
  switch (topic) {
    case 'account':
      return <AccountFields {...props} />;
    case 'orders':
      return <OrderActionFields {...props} />;
    case 'staff_complaint':
      return <StaffComplaintFields {...props} setValue={form.setValue} />;
    case 'logistics_info':
      return <LogisticsFields {...props} />;
    case 'payments':
      return <PaymentsFields {...props} />;
    case 'warranty':
      return <WarrantyFields {...props} />;
    case 'fraud':
      return <FraudFields {...props} policy={policy} />;
    case 'parcel_location':
      return null;
  }
}

function ordersLabel(t: Translate, topic: Topic): { label: string; required: boolean } {
  switch (topic) {
    case 'orders':
      return { label: t('askForm.fields.ordersRequired'), required: true };
    case 'parcel_location':
      return { label: t('askForm.fields.inTransitOrders'), required: true };
    case 'warranty':
      return { label: t('askForm.fields.warrantyOrder'), required: true };
    default:
      return { label: t('askForm.fields.ordersOptional'), required: false };
  }
}

function OrdersField({ control, topic }: { control: FormControl; topic: Topic }) {
  const t = useT();
  const { id, value, onChange, error } = usePickerValue(control, 'orders');
  const { label, required } = ordersLabel(t, topic);
  return (
    <OrderPicker
      id={id}
      label={label}
      scope={topic === 'parcel_location' ? 'in_transit' : 'all'}
      selected={value}
      onChange={onChange}
      required={required}
      error={error}
      {...(topic === 'warranty' ? { max: 1 } : {})}
    />
  );
}

function AttachmentsField({
  control,
  topic,
  policy,
  onBusyChange,
}: {
  control: FormControl;
  topic: Topic;
  policy: ReceivedPolicy;
  onBusyChange: (busy: boolean) => void;
}) {
  const t = useT();
  const { id, value, onChange, error } = usePickerValue(control, 'attachments');
  const label =
    topic === 'account'
      ? t('askForm.fields.screenshots')
      : topic === 'warranty' || topic === 'staff_complaint'
        ? t('askForm.fields.photos')
        : t('askForm.fields.attachments');
  return (
    <AttachmentField
      id={id}
      label={label}
      policy={policy.attachments}
      value={value}
      onChange={onChange}
      onBusyChange={onBusyChange}
      error={error}
    />
  );
}

const textOf = (values: Pick<AskFormValues, 'subject' | 'description'>) =>
  `${values.subject} ${values.description}`.trim();

/**
 * Help articles for what the seller writes. The text reaches them once typing pauses, through a
 * subscription rather than a watch: a keystroke re-renders the field typed in, nothing else.
 */
function HelpArticlesForForm({
  form,
  topic,
  onAnswered,
}: {
  form: AskFormApi;
  topic: Topic;
  onAnswered: () => void;
}) {
  const [text, setText] = useState(() => textOf(form.getValues()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = form.subscribe({
      name: ['subject', 'description'],
      formState: { values: true },
      callback: ({ values }) => {
        clearTimeout(timer);
        timer = setTimeout(() => setText(textOf(values)), helpArticlesDebounceMs);
      },
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [form]);
  return <HelpArticles topic={topic} text={text} onAnswered={onAnswered} debounceMs={0} />;
}

function Preview({ control, context }: { control: FormControl; context: ReceivedSellerContext }) {
  const t = useT();
  const locale = useLocale();
  const { field } = useController({ control, name: 'orders' });
  const orders = field.value;
  const snapshot = useMemo(
    () => buildContextSnapshot({ orders }, context, currentEnvironment(moduleVersion, locale)),
    [orders, context, locale],
  );
  return (
    // The card is the labelled region ("What support will see"); this only adds the hint above it.
    <div className="ask-form__preview">
      <p className="ss-muted">{t('askForm.preview.hint')}</p>
      <ContextSnapshotCard
        snapshot={snapshot}
        onRemoveOrder={(orderId) => field.onChange(orders.filter((order) => order.id !== orderId))}
      />
    </div>
  );
}
