import type { Ticket } from '@seller-support/contract';
import { useEffect, useId, useRef, useState } from 'react';
import { useSellerContext } from '../../../shared/api/get-context';
import { usePolicy } from '../../../shared/api/get-policy';
import { useT } from '../../../shared/i18n';
import { Button } from '../../../shared/ui/button';
import { ErrorState } from '../../../shared/ui/error-state';
import { useDraftStore } from '../drafts/draft-store-context';
import { newIdempotencyKey } from '../../../shared/lib/idempotency-key';
import type { Draft } from '../drafts/draft-store';
import { emptyAskFormValues } from '../model/form-values';
import { AskForm } from './ask-form';
import { SuccessScreen } from './success-screen';

export interface AskRequestProps {
  /** The module's route in the host, for the link to a sent request. */
  basePath: string;
  /** Fixes the clock of the success screen (tests, stories). */
  now?: Date | undefined;
}

type Stage =
  | { kind: 'loading' }
  | { kind: 'writing'; draft: Draft; restored: boolean; generation: number }
  | { kind: 'sent'; ticket: Ticket }
  | { kind: 'answered' };

function freshDraft(): Draft {
  return {
    values: emptyAskFormValues(),
    idempotencyKey: newIdempotencyKey(),
    savedAt: new Date().toISOString(),
  };
}

/**
 * A new request from start to end: waits for the seller's context, the policy and the stored
 * draft, then the form; after a confirmed submit, the success screen.
 */
export function AskRequest({ basePath, now }: AskRequestProps) {
  const t = useT();
  const context = useSellerContext();
  const policy = usePolicy();
  const drafts = useDraftStore();
  const sellerId = context.data?.seller.id;
  const [stage, setStage] = useState<Stage>({ kind: 'loading' });
  const generation = useRef(0);

  useEffect(() => {
    if (sellerId === undefined) return undefined;
    let cancelled = false;
    void drafts
      .load(sellerId)
      .catch(() => null)
      .then((stored) => {
        if (cancelled) return;
        generation.current += 1;
        setStage({
          kind: 'writing',
          draft: stored ?? freshDraft(),
          restored: stored !== null,
          generation: generation.current,
        });
      });
    return () => {
      cancelled = true;
    };
  }, [drafts, sellerId]);

  const startAfresh = () => {
    generation.current += 1;
    setStage({ kind: 'writing', draft: freshDraft(), restored: false, generation: generation.current });
  };

  // The identity above already reports a failed context, with its own retry (the query is shared).
  if (context.isError) return null;
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
          basePath={basePath}
          now={now}
          onAnother={startAfresh}
        />
      );
    case 'answered':
      return <AnsweredScreen onAnother={startAfresh} />;
    case 'writing':
      return (
        <AskForm
          key={stage.generation}
          context={context.data}
          policy={policy.data}
          draft={stage.draft}
          restored={stage.restored}
          drafts={drafts}
          onSubmitted={(ticket) => setStage({ kind: 'sent', ticket })}
          onAnswered={() => setStage({ kind: 'answered' })}
          onStartOver={() => {
            if (sellerId !== undefined) void drafts.clear(sellerId).catch(() => undefined);
            startAfresh();
          }}
        />
      );
  }
}

function AnsweredScreen({ onAnother }: { onAnother: () => void }) {
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
      <Button onClick={onAnother}>{t('askForm.answered.another')}</Button>
    </section>
  );
}
