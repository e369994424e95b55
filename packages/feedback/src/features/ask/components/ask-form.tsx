import { zodResolver } from '@hookform/resolvers/zod';
import {
  limits,
  type ReceivedPolicy,
  type ReceivedSellerContext,
  type ReceivedTicket,
  type Topic,
} from '@seller-support/contract';
import { useEffect, useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { failureMessage } from '../../../shared/api/failure-message';
import { useT } from '../../../shared/i18n';
import { useOnlineStatus } from '../../../shared/lib/use-online-status';
import { Button } from '../../../shared/ui/button';
import { SendCountdown, useSendHeld } from '../../../shared/ui/send-countdown';
import type { Draft, DraftStore } from '../drafts/draft-store';
import { askFormSchema, type AskFormValues, type ValidAskFormValues } from '../model/form-schema';
import { withOfferedTopic } from '../model/topic-rules';
import { SubmitAlert } from './error-summary';
import { AttachmentsField } from './form-sections/attachments-field';
import { DraftNotice, type PrefillNotice } from './form-sections/draft-notice';
import { HelpArticlesForForm } from './form-sections/help-articles-for-form';
import { LiveErrorSummary } from './form-sections/live-error-summary';
import { PinnedOrder } from './form-sections/pinned-order';
import { PreviewDisclosure } from './form-sections/preview';
import { TopicChooser } from './form-sections/topic-chooser';
import { TopicDetails } from './form-sections/topic-specific-fields';
import { OfflineBanner } from './offline-banner';
import { LimitedTextField } from './text-fields';
import { submitWording, useAskSubmit } from './use-ask-submit';
import { useRestoredOrders } from './use-restored-orders';

export { draftSaveDelayMs } from './use-ask-submit';

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
  /**
   * The order the form was opened on ("ask about this order"): pinned at the top instead of the
   * order picker while it is chosen. A topic that does not take it brings the picker back.
   */
  pinnedOrderId?: string | undefined;
  drafts: DraftStore;
  draftScope?: string | undefined;
  /**
   * The server confirmed the request. `editsLeftOut`: an earlier submit whose answer was lost had
   * arrived after all, so what the seller changed since then is not in the request.
   */
  onSubmitted: (ticket: ReceivedTicket, outcome: { editsLeftOut: boolean }) => void;
  /**
   * The seller found the answer in a help article: the draft is gone from storage, these are its
   * values, so the seller can still go back to it.
   */
  onAnswered: (values: AskFormValues) => void;
  onStartOver: () => void;
}

/**
 * The request form: topic and question first, then the topic's fields and orders, files, the
 * preview of what support will see, and a submit that creates exactly one ticket (`useAskSubmit`). The draft is written as
 * the seller types. Opened on a submit still waiting for its answer (a reload mid-submit), it asks
 * the server first, and nothing can be edited meanwhile.
 */
export function AskForm({
  context,
  policy,
  draft,
  restored,
  notice,
  offered,
  compact = false,
  pinnedOrderId,
  drafts,
  draftScope,
  onSubmitted,
  onAnswered,
  onStartOver,
}: AskFormProps) {
  const t = useT();
  const online = useOnlineStatus();
  const form = useForm<AskFormValues, unknown, ValidAskFormValues>({
    resolver: zodResolver(askFormSchema),
    defaultValues: draft.values,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const { control, register } = form;
  const submission = useAskSubmit({ form, context, draft, drafts, draftScope, onSubmitted });
  const { failure, attempt, checking, sending, queued, unconfirmed, abandon } = submission;
  const requestFailure = failure === null || failure.kind === 'fields' ? null : failure;
  const secondsHeld = useSendHeld(requestFailure);
  useRestoredOrders(form, draft, restored);

  // The host may hide the topic being written about while the form is open.
  useEffect(() => {
    const values = form.getValues();
    const next = withOfferedTopic(values, offered);
    if (next !== values) form.reset(next, { keepDefaultValues: true });
  }, [form, offered]);

  const topic = useWatch({ control, name: 'topic' });
  const chosenOrders = useWatch({ control, name: 'orders' });
  const pinnedOrder = chosenOrders.find((order) => order.id === pinnedOrderId);
  const titleId = useId();
  const blocked = sending || queued || checking || secondsHeld > 0;

  return (
    <form
      className={compact ? 'ask-form ask-form--compact' : 'ask-form'}
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!blocked) void submission.submit();
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
      {requestFailure !== null ? (
        <SubmitAlert
          message={
            unconfirmed
              ? `${failureMessage(t, requestFailure, submitWording)} ${t('askForm.submit.unconfirmed')}`
              : failureMessage(t, requestFailure, submitWording)
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
        {pinnedOrder !== undefined && <PinnedOrder order={pinnedOrder} />}
        {/* The question first (what about, and what happened), then what the topic needs to answer it. */}
        <TopicChooser form={form} offered={offered} />
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
            void drafts.clear(context.seller.id, draftScope).catch(() => undefined);
            onAnswered(form.getValues());
          }}
        />
        <TopicDetails topic={topic} form={form} policy={policy} pinned={pinnedOrder !== undefined} />
        <AttachmentsField
          control={control}
          topic={topic}
          policy={policy}
          onBusyChange={submission.filesBusyChanged}
        />
        <PreviewDisclosure control={control} context={context} />
      </div>

      <div className="ask-form__submit">
        <button type="submit" className="ss-button" disabled={blocked} aria-disabled={blocked}>
          {sending
            ? t('askForm.submit.sending')
            : online
              ? t('askForm.submit.send')
              : t('askForm.submit.sendWhenOnline')}
        </button>
        <SendCountdown seconds={secondsHeld} />
        {queued && (
          <p role="status" className="ask-form__queued">
            {t('askForm.submit.queued')}{' '}
            <Button variant="quiet" onClick={submission.cancelQueue}>
              {t('askForm.submit.cancelQueued')}
            </Button>
          </p>
        )}
      </div>
    </form>
  );
}
