import {
  limits,
  NotFoundError,
  type SnapshotOrder,
  type ReceivedTicket,
  type Topic,
} from '@seller-support/contract';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useApiClient } from '../../../shared/api/api-client-context';
import { useSellerContext } from '../../../shared/api/get-context';
import { usePolicy } from '../../../shared/api/get-policy';
import { useT } from '../../../shared/i18n';
import { newIdempotencyKey } from '../../../shared/lib/idempotency-key';
import { useLatest } from '../../../shared/lib/use-latest';
import { Button } from '../../../shared/ui/button';
import { ErrorState } from '../../../shared/ui/error-state';
import { orderQueryOptions } from '../api/get-order';
import type { Draft } from '../drafts/draft-store';
import { takeStoredDraft } from '../drafts/draft-read';
import { useDraftStore } from '../drafts/draft-store-context';
import { isBlank } from '../model/form-defaults';
import { offeredTopics, prefilledValues, withOfferedTopic, withOrdersAdded } from '../model/topic-rules';
import { AskForm } from './ask-form';
import type { PrefillNotice } from './form-sections/draft-notice';
import { SuccessScreen } from './success-screen';

/** What the host opens the form with ("ask about this order"): a topic and orders, by id. */
export interface AskPrefill {
  topic?: Topic | undefined;
  orderIds?: readonly string[] | undefined;
}

export interface AskRequestProps {
  /**
   * A fresh form starts with this topic and these orders (ids the seller does not have are left
   * out, and said so). A stored draft is kept and the orders are added to it; "start over" then
   * gives the prefilled form. Read when a form starts: a form being written is not reset by a new
   * prefill (remount, e.g. with a `key`, to start afresh).
   */
  prefill?: AskPrefill | undefined;
  /** Topics not offered here; a draft or prefill with one of them falls back to the first offered. */
  hiddenTopics?: readonly Topic[] | undefined;
  /** Called once per request the server confirmed, as the success screen appears. */
  onSubmitted?: ((ticket: ReceivedTicket) => void) | undefined;
  /** Keeps this form's draft apart from the others' (the "ask about this order" dialog's, say). */
  draftScope?: string | undefined;
  /** For a dialog: a tighter form. */
  compact?: boolean | undefined;
  /** The order the form is about, pinned at its top in place of the picker (see AskForm). */
  pinnedOrderId?: string | undefined;
  /**
   * The seller's identity card is on screen with the form: it reports a failed `GET /context`
   * with its own retry, so the form does not say it twice. Without the card (the parcel's
   * dialog), the form says it itself.
   */
  identityShown?: boolean | undefined;
  /** Fixes the clock of the success screen (tests, stories). */
  now?: Date | undefined;
}

type Stage =
  | { kind: 'loading' }
  | { kind: 'writing'; draft: Draft; restored: boolean; generation: number; notice: PrefillNotice }
  | { kind: 'sent'; ticket: ReceivedTicket; editsLeftOut: boolean }
  /** The seller found the answer: the draft is out of storage, and here until they leave this screen. */
  | { kind: 'answered'; draft: Draft };

/** The host's orders, fetched: those the seller has, and the ids that are not theirs or did not load. */
interface ResolvedPrefill {
  topic: Topic | undefined;
  orders: SnapshotOrder[];
  missing: string[];
  failed: string[];
}

const noNotice: PrefillNotice = { startWith: [], added: [], notAdded: [], missing: [], failed: [] };

function freshDraft(
  offered: readonly Topic[],
  prefill: ResolvedPrefill,
): { draft: Draft; notice: PrefillNotice } {
  const values = prefilledValues(offered, prefill.topic, prefill.orders);
  const kept = new Set(values.orders.map((order) => order.id));
  return {
    draft: { values, idempotencyKey: newIdempotencyKey(), savedAt: new Date().toISOString() },
    notice: {
      ...noNotice,
      notAdded: prefill.orders.filter((order) => !kept.has(order.id)).map((order) => order.id),
      missing: prefill.missing,
      failed: prefill.failed,
    },
  };
}

/**
 * The form to show: the stored draft when there is one worth keeping (the host's orders added to
 * it where its topic takes them), else a fresh form from the prefill. A draft waiting for the
 * answer to its submit is kept exactly as it was sent.
 */
function startingPoint(
  stored: Draft | null,
  offered: readonly Topic[],
  prefill: ResolvedPrefill,
): { draft: Draft; restored: boolean; notice: PrefillNotice } {
  if (stored === null || (stored.pendingSubmit === undefined && isBlank(stored.values))) {
    return { ...freshDraft(offered, prefill), restored: false };
  }
  const requested = prefill.orders.map((order) => order.id);
  if (stored.pendingSubmit !== undefined) {
    return { draft: stored, restored: true, notice: { ...noNotice, startWith: requested } };
  }
  const { values, added } = withOrdersAdded(withOfferedTopic(stored.values, offered), prefill.orders);
  const present = new Set(values.orders.map((order) => order.id));
  return {
    draft: { ...stored, values },
    restored: true,
    notice: {
      startWith: requested,
      added,
      notAdded: requested.filter((id) => !present.has(id)),
      missing: prefill.missing,
      failed: prefill.failed,
    },
  };
}

/**
 * A new request from start to end: waits for the seller's context, the policy, the stored draft
 * and the host's prefilled orders, then the form; after a confirmed submit, the success screen.
 */
export function AskRequest({
  prefill,
  hiddenTopics,
  onSubmitted,
  draftScope,
  compact = false,
  pinnedOrderId,
  identityShown = false,
  now,
}: AskRequestProps) {
  const t = useT();
  const api = useApiClient();
  const queryClient = useQueryClient();
  const context = useSellerContext();
  const policy = usePolicy();
  const drafts = useDraftStore();
  const sellerId = context.data?.seller.id;
  const [stage, setStage] = useState<Stage>({ kind: 'loading' });
  const generation = useRef(0);
  const resolved = useRef<ResolvedPrefill>({ topic: undefined, orders: [], missing: [], failed: [] });
  const latestPrefill = useLatest(prefill);
  const latestOnSubmitted = useLatest(onSubmitted);
  // A new array with the same topics (a host re-rendering) is the same choice.
  const hiddenKey = [...(hiddenTopics ?? [])].sort().join(',');
  const offered = useMemo(() => offeredTopics(hiddenKey.split(',')), [hiddenKey]);
  const latestOffered = useLatest(offered);

  useEffect(() => {
    if (sellerId === undefined) return undefined;
    let cancelled = false;
    const requested = latestPrefill.current;
    const ids = [...new Set(requested?.orderIds?.filter((id) => id.trim() !== '') ?? [])].slice(
      0,
      limits.orderIds.max,
    );
    const orders = Promise.allSettled(ids.map((id) => queryClient.query(orderQueryOptions(api, id))));
    void Promise.all([takeStoredDraft(queryClient, drafts, sellerId, draftScope), orders]).then(
      ([stored, results]) => {
        if (cancelled) return;
        const prefillOrders: ResolvedPrefill = {
          topic: requested?.topic,
          orders: [],
          missing: [],
          failed: [],
        };
        results.forEach((result, index) => {
          const id = ids[index] ?? '';
          if (result.status === 'fulfilled') prefillOrders.orders.push(result.value);
          else if (result.reason instanceof NotFoundError) prefillOrders.missing.push(id);
          else prefillOrders.failed.push(id);
        });
        resolved.current = prefillOrders;
        generation.current += 1;
        setStage({
          kind: 'writing',
          ...startingPoint(stored, latestOffered.current, prefillOrders),
          generation: generation.current,
        });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, queryClient, drafts, sellerId, draftScope, latestPrefill, latestOffered]);

  const startAfresh = () => {
    generation.current += 1;
    setStage({
      kind: 'writing',
      ...freshDraft(offered, { ...resolved.current, missing: [], failed: [] }),
      restored: false,
      generation: generation.current,
    });
  };

  if (context.isError) {
    // The identity card reports a failed context with its own retry (the query is shared).
    if (identityShown) return null;
    return (
      <ErrorState
        error={context.error}
        onRetry={() => void context.refetch()}
        retrying={context.isFetching}
      />
    );
  }
  if (policy.isError) {
    return (
      <ErrorState error={policy.error} onRetry={() => void policy.refetch()} retrying={policy.isFetching} />
    );
  }
  if (context.data === undefined || policy.data === undefined || stage.kind === 'loading') {
    return (
      <p className="ss-muted" role="status">
        {t('askForm.loading')}
      </p>
    );
  }
  switch (stage.kind) {
    case 'sent':
      return (
        <SuccessScreen
          ticket={stage.ticket}
          policy={policy.data}
          editsLeftOut={stage.editsLeftOut}
          now={now}
          onAnother={startAfresh}
        />
      );
    case 'answered': {
      const { draft } = stage;
      return (
        <AnsweredScreen
          onAnother={startAfresh}
          onBack={() => {
            // Back in storage first, so a reload right after still finds it.
            if (sellerId !== undefined) void drafts.save(sellerId, draft, draftScope).catch(() => undefined);
            generation.current += 1;
            setStage({
              kind: 'writing',
              draft,
              restored: false,
              notice: noNotice,
              generation: generation.current,
            });
          }}
        />
      );
    }
    case 'writing':
      return (
        <AskForm
          key={stage.generation}
          context={context.data}
          policy={policy.data}
          draft={stage.draft}
          restored={stage.restored}
          notice={stage.notice}
          offered={offered}
          compact={compact}
          pinnedOrderId={pinnedOrderId}
          drafts={drafts}
          draftScope={draftScope}
          onSubmitted={(ticket, { editsLeftOut }) => {
            setStage({ kind: 'sent', ticket, editsLeftOut });
            latestOnSubmitted.current?.(ticket);
          }}
          onAnswered={(values) =>
            setStage({
              kind: 'answered',
              draft: { ...stage.draft, values, savedAt: new Date().toISOString() },
            })
          }
          onStartOver={() => {
            if (sellerId !== undefined) void drafts.clear(sellerId, draftScope).catch(() => undefined);
            startAfresh();
          }}
        />
      );
  }
}

function AnsweredScreen({ onAnother, onBack }: { onAnother: () => void; onBack: () => void }) {
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section className="ask-success ss-card" aria-labelledby={titleId}>
      <h2 id={titleId} ref={ref} tabIndex={-1}>
        {t('askForm.answered.title')}
      </h2>
      <p>{t('askForm.answered.body')}</p>
      <div className="ss-actions">
        <Button onClick={onAnother}>{t('askForm.answered.another')}</Button>
        {/* An answer that turns out not to fit is a click away: the draft comes back as it was. */}
        <Button variant="quiet" onClick={onBack}>
          {t('askForm.answered.back')}
        </Button>
      </div>
    </section>
  );
}
