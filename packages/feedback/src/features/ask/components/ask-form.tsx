import { zodResolver } from '@hookform/resolvers/zod';
import {
  limits,
  MalformedResponseError,
  NetworkError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
  ForbiddenError,
  ValidationError,
  topics,
  type Policy,
  type SellerContext,
  type Ticket,
  type Topic,
} from '@seller-support/contract';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  useController,
  useForm,
  useFormState,
  useWatch,
  type Control,
  type UseFormReturn,
} from 'react-hook-form';
import { useLocale, useT, type Translate } from '../../../shared/i18n';
import { useLatest } from '../../../shared/lib/use-latest';
import { Button } from '../../../shared/ui/button';
import { Fieldset } from '../../../shared/ui/form/field';
import { ContextSnapshotCard } from '../../../shared/ui/context-snapshot/context-snapshot-card';
import { useCreateTicket } from '../api/create-ticket';
import type { Draft, DraftStore } from '../drafts/draft-store';
import { newIdempotencyKey } from '../../../shared/lib/idempotency-key';
import { buildContextSnapshot, buildTicketBody, currentEnvironment } from '../model/build-ticket-body';
import { fieldIds, formPathOfBodyPath } from '../model/field-paths';
import {
  askFormSchema,
  changeTopic,
  type AskFormValues,
  type ValidAskFormValues,
} from '../model/form-values';
import { moduleVersion } from '../model/module-version';
import { AttachmentField } from '../../../shared/attachments/attachment-field';
import { ErrorSummary, SubmitAlert } from './error-summary';
import { collectProblems } from './form-errors';
import { HelpArticles } from './help-articles/help-articles';
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
import { useFieldError } from './use-field-error';
import { useOnlineStatus } from './use-online-status';

type FormControl = Control<AskFormValues, unknown, ValidAskFormValues>;
type AskForm = UseFormReturn<AskFormValues, unknown, ValidAskFormValues>;

/** How long typing pauses before the draft is written. */
export const draftSaveDelayMs = 300;

export interface AskFormProps {
  context: SellerContext;
  policy: Policy;
  /** The draft to continue; its values and idempotency key. */
  draft: Draft;
  /** True when the draft came from storage: the form says so and offers to start over. */
  restored: boolean;
  drafts: DraftStore;
  onSubmitted: (ticket: Ticket) => void;
  /** The seller found the answer in a help article; the draft is already gone. */
  onAnswered: () => void;
  onStartOver: () => void;
}

type SubmitFailure =
  | { kind: 'network' | 'server' | 'unauthorized' | 'forbidden' | 'malformed' | 'unknown' }
  | { kind: 'rateLimited'; retryAfterSeconds: number | null }
  | { kind: 'fields'; formProblems: string[] };

function failureOf(error: unknown): SubmitFailure {
  if (error instanceof NetworkError) return { kind: 'network' };
  if (error instanceof ServerError) return { kind: 'server' };
  if (error instanceof UnauthorizedError) return { kind: 'unauthorized' };
  if (error instanceof ForbiddenError) return { kind: 'forbidden' };
  if (error instanceof RateLimitedError)
    return { kind: 'rateLimited', retryAfterSeconds: error.retryAfterSeconds };
  if (error instanceof MalformedResponseError) return { kind: 'malformed' };
  return { kind: 'unknown' };
}

function failureMessage(t: Translate, failure: SubmitFailure): string {
  switch (failure.kind) {
    case 'rateLimited':
      return failure.retryAfterSeconds === null
        ? t('askForm.submit.failed.rateLimitedNoWait')
        : t('askForm.submit.failed.rateLimited', {
            wait: t('askForm.submit.seconds', { count: failure.retryAfterSeconds }),
          });
    case 'fields':
      return t('askForm.errors.serverFieldsTitle');
    default:
      return t(`askForm.submit.failed.${failure.kind}`);
  }
}

/**
 * The request form: topic, the topic's fields, orders, text, files, the preview of what support
 * will see, and a submit that creates exactly one ticket. The draft is written as the seller types.
 */
export function AskForm({
  context,
  policy,
  draft,
  restored,
  drafts,
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
  const finished = useRef(false);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveNow = useCallback(() => {
    clearTimeout(saveTimer.current);
    saveTimer.current = undefined;
    if (finished.current) return Promise.resolve();
    return drafts.save(sellerId, {
      values: form.getValues(),
      idempotencyKey: idempotencyKey.current,
      savedAt: new Date().toISOString(),
    });
  }, [drafts, form, sellerId]);

  useEffect(() => {
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        clearTimeout(saveTimer.current);
        saveTimer.current = setTimeout(() => void saveNow(), draftSaveDelayMs);
      },
    });
    // A closing tab or a hidden page may never come back: write what is pending now.
    const flush = () => {
      if (saveTimer.current !== undefined) void saveNow();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // Unmounting (route change, the host closing the module) keeps the latest keystrokes.
      flush();
    };
  }, [form, saveNow]);

  // --- submit ---------------------------------------------------------------------------------
  const createTicket = useCreateTicket();
  const inFlight = useRef(false);
  const [attachmentsBusy, setAttachmentsBusy] = useState(false);
  const [failure, setFailure] = useState<SubmitFailure | null>(null);
  const [queued, setQueued] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const send = async (values: ValidAskFormValues) => {
    // A second click (or an `online` event) while a submit runs must not start another one.
    if (inFlight.current) return;
    inFlight.current = true;
    setFailure(null);
    try {
      await saveNow();
      const body = buildTicketBody(values, context, currentEnvironment(moduleVersion, locale));
      const ticket = await createTicket.mutateAsync({ body, idempotencyKey: idempotencyKey.current });
      finished.current = true;
      clearTimeout(saveTimer.current);
      await drafts.clear(sellerId).catch(() => undefined);
      onSubmitted(ticket);
    } catch (error) {
      if (error instanceof NetworkError && !navigator.onLine) {
        setQueued(true);
        return;
      }
      if (error instanceof ValidationError) {
        const formProblems: string[] = [];
        for (const fieldError of error.fieldErrors) {
          const path = formPathOfBodyPath(fieldError.path, values.topic);
          if (path === null) formProblems.push(fieldError.message);
          else form.setError(path, { type: 'server', message: fieldError.message });
        }
        // The server created nothing: a corrected body is a new request and needs its own key.
        idempotencyKey.current = newIdempotencyKey();
        void saveNow();
        setFailure({ kind: 'fields', formProblems });
      } else {
        setFailure(failureOf(error));
      }
      setAttempt((n) => n + 1);
    } finally {
      inFlight.current = false;
    }
  };

  const onValid = async (values: ValidAskFormValues) => {
    if (attachmentsBusy) {
      form.setError('attachments', { type: 'busy', message: 'attachmentsBusy' });
      setAttempt((n) => n + 1);
      return;
    }
    if (!navigator.onLine) {
      setQueued(true);
      await saveNow();
      return;
    }
    setQueued(false);
    await send(values);
  };
  const onInvalid = () => {
    setFailure(null);
    setAttempt((n) => n + 1);
  };
  const submit = () => form.handleSubmit(onValid, onInvalid)();
  const latestSubmit = useLatest(submit);

  // Back online with a queued submit: send it once, from the form as it is now.
  useEffect(() => {
    if (!queued) return undefined;
    let sent = false;
    const onOnline = () => {
      if (sent) return;
      sent = true;
      setQueued(false);
      void latestSubmit.current();
    };
    window.addEventListener('online', onOnline);
    // The connection may have come back between queueing and this effect: its event is gone.
    const missed = navigator.onLine ? setTimeout(onOnline, 0) : undefined;
    return () => {
      clearTimeout(missed);
      window.removeEventListener('online', onOnline);
    };
  }, [queued, latestSubmit]);

  const submitting = createTicket.isPending;
  const topic = useWatch({ control, name: 'topic' });
  const titleId = useId();

  return (
    <form
      className="ask-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (inFlight.current || submitting) return;
        void submit();
      }}
    >
      <h2 id={titleId}>{t('askForm.title')}</h2>
      {!online && <OfflineBanner />}
      {restored && (
        <div className="ask-form__restored" role="status">
          <span>{t('askForm.draft.restored')}</span>
          <Button
            onClick={() => {
              // A save still pending must not bring back the draft being thrown away.
              finished.current = true;
              clearTimeout(saveTimer.current);
              onStartOver();
            }}
          >
            {t('askForm.draft.startOver')}
          </Button>
        </div>
      )}
      {failure !== null && failure.kind !== 'fields' ? (
        <SubmitAlert message={failureMessage(t, failure)} attempt={attempt} />
      ) : (
        attempt > 0 && (
          <LiveErrorSummary
            control={control}
            formProblems={failure?.kind === 'fields' ? failure.formProblems : []}
            attempt={attempt}
          />
        )
      )}

      <TopicChooser form={form} />
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
        control={control}
        onAnswered={() => {
          finished.current = true;
          clearTimeout(saveTimer.current);
          void drafts.clear(sellerId).catch(() => undefined);
          onAnswered();
        }}
      />
      <AttachmentsField control={control} topic={topic} policy={policy} onBusyChange={setAttachmentsBusy} />
      <Preview control={control} context={context} />

      <div className="ask-form__submit">
        <button
          type="submit"
          className="ss-button"
          disabled={submitting || queued}
          aria-disabled={submitting || queued}
        >
          {submitting
            ? t('askForm.submit.sending')
            : online
              ? t('askForm.submit.send')
              : t('askForm.submit.sendWhenOnline')}
        </button>
        {queued && (
          <p role="status" className="ask-form__queued">
            {t('askForm.submit.queued')}{' '}
            <Button onClick={() => setQueued(false)}>{t('askForm.submit.cancelQueued')}</Button>
          </p>
        )}
      </div>
    </form>
  );
}

/** The summary follows the errors as the seller fixes them; focus moves to it on each failed submit. */
function LiveErrorSummary({
  control,
  formProblems,
  attempt,
}: {
  control: FormControl;
  formProblems: readonly string[];
  attempt: number;
}) {
  const t = useT();
  const { errors } = useFormState({ control });
  return <ErrorSummary problems={collectProblems(t, errors)} formProblems={formProblems} attempt={attempt} />;
}

function TopicChooser({ form }: { form: AskForm }) {
  const t = useT();
  const { field } = useController({ control: form.control, name: 'topic' });
  return (
    <Fieldset legend={t('askForm.topic.legend')}>
      <div className="ask-form__topics">
        {topics.map((topic, index) => (
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

function TopicSpecificFields({ topic, form, policy }: { topic: Topic; form: AskForm; policy: Policy }) {
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
  const { field } = useController({ control, name: 'orders' });
  const error = useFieldError(control, 'orders');
  const { label, required } = ordersLabel(t, topic);
  return (
    <OrderPicker
      id={fieldIds.orders}
      label={label}
      scope={topic === 'parcel_location' ? 'in_transit' : 'all'}
      selected={field.value}
      onChange={(orders) => field.onChange(orders)}
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
  policy: Policy;
  onBusyChange: (busy: boolean) => void;
}) {
  const t = useT();
  const { field } = useController({ control, name: 'attachments' });
  const error = useFieldError(control, 'attachments');
  const label =
    topic === 'account'
      ? t('askForm.fields.screenshots')
      : topic === 'warranty' || topic === 'staff_complaint'
        ? t('askForm.fields.photos')
        : t('askForm.fields.attachments');
  return (
    <AttachmentField
      id={fieldIds.attachments}
      label={label}
      policy={policy.attachments}
      value={field.value}
      onChange={(attachments) => field.onChange(attachments)}
      onBusyChange={onBusyChange}
      error={error}
    />
  );
}

function HelpArticlesForForm({ control, onAnswered }: { control: FormControl; onAnswered: () => void }) {
  const [topic, subject, description] = useWatch({ control, name: ['topic', 'subject', 'description'] });
  return <HelpArticles topic={topic} text={`${subject} ${description}`.trim()} onAnswered={onAnswered} />;
}

function Preview({ control, context }: { control: FormControl; context: SellerContext }) {
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
