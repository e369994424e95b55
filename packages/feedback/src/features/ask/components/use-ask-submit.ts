import {
  ValidationError,
  type CreateTicketBody,
  type ReceivedSellerContext,
  type ReceivedTicket,
} from '@seller-support/contract';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import * as z from 'zod/mini';
import { useApiClient } from '../../../shared/api/api-client-context';
import { failureOf, type Failure } from '../../../shared/api/error-kind';
import type { FailureWording } from '../../../shared/api/failure-message';
import {
  goneAttachmentsMessage,
  isAttachmentError,
  refusedAttachmentIds,
} from '../../../shared/attachments/gone-attachments';
import { useLocale, useT } from '../../../shared/i18n';
import { sameRequest, type OnceState } from '../../../shared/lib/exactly-once';
import { useExactlyOnceSubmit, type PreparedSubmit } from '../../../shared/lib/use-exactly-once-submit';
import { useCreateTicket } from '../api/create-ticket';
import { refreshCase } from '../api/refresh-case';
import type { Draft, DraftStore } from '../drafts/draft-store';
import { buildTicketBody, currentEnvironment } from '../model/build-ticket-body';
import { formPathOfBodyPath } from '../model/field-paths';
import { askFormSchema, type ValidAskFormValues } from '../model/form-schema';
import { moduleVersion } from '../model/module-version';
import type { AskFormApi } from './form-controls';
import { serverErrorType, translatedErrorType } from './form-errors';

/** How long typing pauses before the draft is written. */
export const draftSaveDelayMs = 300;

/** How a submit of the request words its failures: the draft is kept, and a retry makes no second one. */
export const submitWording = {
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

/** Why the last submit did not go through: a failure of the call, or a 422 put on the fields. */
export type AskSubmitFailure =
  | Failure
  | {
      kind: 'fields';
      formProblems: FormLevelProblem[];
      /** The server named no field of the form: the summary says it refused, not "fix N problems". */
      wholeRequest: boolean;
    };

/** A problem of the whole request, in the seller's language; the server's own words as a detail. */
export interface FormLevelProblem {
  message: string;
  serverText?: string | undefined;
}

/** The 422 a server answers when the key was used with another body: that other body is a request already. */
const isKeyReuse = (error: ValidationError) =>
  error.fieldErrors.some((fieldError) => fieldError.path.toLowerCase() === 'idempotency-key');

export interface AskSubmitOptions {
  form: AskFormApi;
  context: ReceivedSellerContext;
  draft: Draft;
  drafts: DraftStore;
  draftScope: string | undefined;
  onSubmitted: (ticket: ReceivedTicket, outcome: { editsLeftOut: boolean }) => void;
}

/**
 * The request form's draft and submit: the draft is written as the seller types, with the key and
 * the body still waiting for its answer (`useExactlyOnceSubmit` keeps the rules); a new body takes
 * the orders and the in-transit list as the server has them at that moment; a 422 goes on the
 * fields it names.
 */
export function useAskSubmit({ form, context, draft, drafts, draftScope, onSubmitted }: AskSubmitOptions) {
  const t = useT();
  const locale = useLocale();
  const api = useApiClient();
  const queryClient = useQueryClient();
  const createTicket = useCreateTicket();
  const sellerId = context.seller.id;
  const [failure, setFailure] = useState<AskSubmitFailure | null>(null);
  // Each failed submit, so the summary or the alert takes the focus again.
  const [attempt, setAttempt] = useState(0);

  // --- the draft ------------------------------------------------------------------------------
  const finished = useRef(false);
  const writeDraft = ({ idempotencyKey, pending }: OnceState<CreateTicketBody>) =>
    finished.current
      ? Promise.resolve()
      : drafts.save(
          sellerId,
          {
            values: form.getValues(),
            idempotencyKey,
            savedAt: new Date().toISOString(),
            pendingSubmit: pending,
          },
          draftScope,
        );

  // --- the body -------------------------------------------------------------------------------
  const bodyOf = (values: ValidAskFormValues) =>
    buildTicketBody(values, context, currentEnvironment(moduleVersion, locale));
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

  // --- what the seller is told ----------------------------------------------------------------
  const onFailed = (error: unknown, sent: CreateTicketBody | undefined) => {
    if (error instanceof ValidationError) {
      const keyReused = isKeyReuse(error);
      const formProblems: FormLevelProblem[] = keyReused ? [{ message: t('askForm.submit.keyReused') }] : [];
      // What the server said of parts the seller does not fill in (the snapshot, say): one item in
      // the seller's language, the server's words after it.
      const elsewhere: string[] = [];
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
          type: translatedErrorType,
          message: goneAttachmentsMessage(t, locale, goneNames),
        });
        onFields += 1;
      }
      const topic = form.getValues('topic');
      for (const fieldError of error.fieldErrors) {
        if (fieldError.path.toLowerCase() === 'idempotency-key') continue;
        if (goneNames.length > 0 && isAttachmentError(fieldError)) continue;
        const message = fieldError.message.trim();
        const path = formPathOfBodyPath(fieldError.path, topic);
        if (path !== null) {
          // Worded by the module from the code (the server's words only as a detail), so the seller
          // reads it in their language; a field refused without a word is still marked.
          form.setError(path, { type: serverErrorType(fieldError.code), message });
          onFields += 1;
        } else if (message !== '') elsewhere.push(message);
      }
      if (elsewhere.length > 0)
        formProblems.push({
          message: t('askForm.submit.refusedElsewhere'),
          serverText: elsewhere.join('; '),
        });
      // Nothing the seller could act on (no errors, or none that mean anything here, or a body that
      // was no problem at all): still say that the server refused, and that the next send is new.
      if (onFields === 0 && formProblems.length === 0)
        formProblems.push({ message: t('askForm.submit.refused') });
      setFailure({ kind: 'fields', formProblems, wholeRequest: onFields === 0 });
    } else {
      setFailure(failureOf(error));
    }
    setAttempt((n) => n + 1);
  };

  // --- the submit -----------------------------------------------------------------------------
  const onInvalid = () => {
    setFailure(null);
    setAttempt((n) => n + 1);
  };
  const once = useExactlyOnceSubmit<CreateTicketBody, ReceivedTicket>({
    initial: { idempotencyKey: draft.idempotencyKey, pending: draft.pendingSubmit },
    // The snapshot is taken anew on each submit and changes without the seller doing anything.
    same: (a, b) => sameRequest(a, b, ['context']),
    current: () => {
      const parsed = z.safeParse(askFormSchema, form.getValues());
      return parsed.success ? bodyOf(parsed.data) : null;
    },
    post: ({ body, idempotencyKey }, onAttempt) =>
      createTicket.mutateAsync({ body, idempotencyKey, onAttempt }),
    writeDraft,
    draftSaveDelayMs,
    prepare: async () => {
      let prepared: PreparedSubmit<CreateTicketBody> | null = null;
      await form.handleSubmit((values) => {
        prepared = { body: bodyOf(values), fresh: () => freshBodyOf(values) };
      }, onInvalid)();
      return prepared;
    },
    onWaitForFiles: () => {
      form.setError('attachments', { type: 'busy', message: 'attachmentsBusy' });
      setAttempt((n) => n + 1);
    },
    onFilesDone: () => form.clearErrors('attachments'),
    onSend: () => setFailure(null),
    onConfirmed: async (ticket, { editsLeftOut }) => {
      finished.current = true;
      await drafts.clear(sellerId, draftScope).catch(() => undefined);
      onSubmitted(ticket, { editsLeftOut });
    },
    onFailed: (error, { sent }) => onFailed(error, sent),
  });
  const { schedule: scheduleSave, cancel: cancelSave } = once.draft;

  useEffect(
    () => form.subscribe({ formState: { values: true }, callback: scheduleSave }),
    [form, scheduleSave],
  );

  /** The draft is done with: a save still pending must not bring it back. */
  const abandon = () => {
    finished.current = true;
    cancelSave();
  };

  return { ...once, failure, attempt, abandon };
}
