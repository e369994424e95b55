import { isKnownTopic, NetworkError, NotFoundError } from '@seller-support/contract';
import { deskLimits, type ProposeOfferBody, type ThirdPartyBody } from '@seller-support/contract/desk';
import { ContextSnapshotCard } from '@seller-support/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useDeskClient } from '../../../shared/api/desk-client-context';
import { deskKeys } from '../../../shared/api/desk-keys';
import { useMe } from '../../../shared/api/me-query';
import { useDeskI18n } from '../../../shared/i18n/i18n';
import { DeskLink, usePageHeadingFocus } from '../../../shared/lib/desk-routes';
import { useNow } from '../../../shared/lib/use-now';
import { Button } from '../../../shared/ui/button';
import { StatusBadge } from '../../../shared/ui/status-badge';
import { useAfterAction, useTicket } from '../api/ticket-query';
import { AttachmentList } from './attachment-view';
import { OfferForm } from './offer-form';
import { SellerFacts } from './seller-facts';
import { SettleActions } from './settle-actions';
import { TakeControl } from './take-control';
import { TextActionForm, type TextActionBody } from './text-action-form';
import { ThirdPartyForm } from './third-party-form';
import { Timeline } from './timeline';

export interface TicketScreenProps {
  id: string;
}

/** Tells the server this moderator has read the request, once per opening; its unread marks go. */
function useMarkRead(id: string, loaded: boolean) {
  const client = useDeskClient();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!loaded) return;
    const controller = new AbortController();
    client.markRead(id, { signal: controller.signal }).then(
      () => queryClient.invalidateQueries({ queryKey: deskKeys.queues() }),
      // Unread marks that stay are no reason to bother the moderator.
      () => undefined,
    );
    return () => controller.abort();
  }, [client, queryClient, id, loaded]);
}

/** A request as the moderator works on it: who wrote, what, the history and the actions. */
export function TicketScreen({ id }: TicketScreenProps) {
  const { m, fill, format } = useDeskI18n();
  const ticket = useTicket(id);
  const me = useMe();
  const now = useNow();
  const client = useDeskClient();
  const afterAction = useAfterAction(id);
  const headingFocus = usePageHeadingFocus();
  useMarkRead(id, ticket.isSuccess);

  const reply = useCallback(
    async ({ text, attachmentIds }: TextActionBody, idempotencyKey: string) => {
      await client.postMessage(id, { body: text, attachmentIds }, { idempotencyKey });
      await afterAction();
      return true;
    },
    [client, id, afterAction],
  );
  const upload = useCallback(
    (file: File, idempotencyKey: string) => client.uploadAttachment(file, { idempotencyKey }),
    [client],
  );
  const note = useCallback(
    async ({ text }: TextActionBody, idempotencyKey: string) => {
      await client.addNote(id, { body: text }, { idempotencyKey });
      await afterAction();
      return true;
    },
    [client, id, afterAction],
  );
  const step = useCallback(
    async ({ text }: TextActionBody, idempotencyKey: string) => {
      await client.recordStep(id, { text }, { idempotencyKey });
      await afterAction();
      return true;
    },
    [client, id, afterAction],
  );
  const involve = useCallback(
    async (body: ThirdPartyBody, idempotencyKey: string) => {
      await client.involveThirdParty(id, body, { idempotencyKey });
      await afterAction();
      return true;
    },
    [client, id, afterAction],
  );
  const propose = useCallback(
    async (body: ProposeOfferBody, idempotencyKey: string) => {
      await client.proposeOffer(id, body, { idempotencyKey });
      await afterAction();
      return true;
    },
    [client, id, afterAction],
  );

  if (ticket.isPending) return <p role="status">{m.frame.loading}</p>;
  if (ticket.isError) {
    const notFound = ticket.error instanceof NotFoundError;
    return (
      <div className="ss-stack">
        <DeskLink to={{ page: 'queue' }}>{m.ticket.back}</DeskLink>
        <div className="ss-alert" role="alert">
          <p>
            {notFound
              ? m.ticket.notFound
              : ticket.error instanceof NetworkError
                ? m.common.offline
                : m.ticket.failed}
          </p>
          {!notFound && (
            <Button variant="primary" onClick={() => void ticket.refetch()}>
              {m.common.retry}
            </Button>
          )}
        </div>
      </div>
    );
  }

  const data = ticket.data;
  const topic = isKnownTopic(data.topic) ? m.topics[data.topic] : m.common.unknownValue;
  const open = data.status !== 'resolved' && data.status !== 'closed';
  const overdue = data.firstResponseDueAt !== null && Date.parse(data.firstResponseDueAt) < now;
  const pendingOffer = data.offers.some((offer) => offer.status === 'pending');

  return (
    <article className="ss-stack" aria-labelledby="desk-ticket-title">
      <DeskLink to={{ page: 'queue' }}>{m.ticket.back}</DeskLink>
      <header className="ss-stack">
        <h1 id="desk-ticket-title" tabIndex={-1} ref={headingFocus}>
          {fill(m.ticket.title, { number: data.number })}
        </h1>
        <dl className="desk-ticket__facts">
          <dt>{m.ticket.subject}</dt>
          <dd>{data.subject}</dd>
          <dt>{m.ticket.topic}</dt>
          <dd>{topic}</dd>
          <dt>{m.ticket.status}</dt>
          <dd>
            <StatusBadge status={data.status} />
          </dd>
          <dt>{m.ticket.due}</dt>
          <dd>
            {data.firstResponseDueAt === null ? (
              m.queue.answered
            ) : overdue ? (
              <>
                <span className="ss-overdue">{m.queue.overdue}</span>{' '}
                {fill(m.queue.overdueSince, {
                  time: format.dateTime(data.firstResponseDueAt),
                  relative: format.relative(data.firstResponseDueAt, now),
                })}
              </>
            ) : (
              fill(m.queue.dueIn, {
                time: format.dateTime(data.firstResponseDueAt),
                relative: format.relative(data.firstResponseDueAt, now),
              })
            )}
          </dd>
        </dl>
      </header>
      <div className="desk-ticket">
        <div className="ss-stack">
          <SellerFacts ticket={data} />
          <section className="ss-stack" aria-labelledby="desk-request-title">
            <h2 id="desk-request-title">{m.ticket.request}</h2>
            <p className="desk-event__body">{data.request.description}</p>
            {/* The files the seller sent with the request are on no event of the timeline. */}
            {data.request.attachments.length > 0 && (
              <div className="ss-stack">
                <h3>{m.ticket.attachments}</h3>
                <AttachmentList attachments={data.request.attachments} />
              </div>
            )}
          </section>
          {/* The very card the seller previewed, with the case as it was at submit. */}
          {data.request.context === null ? (
            <p className="ss-muted">{m.ticket.snapshotMissing}</p>
          ) : (
            <ContextSnapshotCard
              snapshot={data.request.context}
              confidential={data.request.confidential}
              title={m.ticket.snapshotTitle}
              intro={m.ticket.snapshotIntro}
            />
          )}
        </div>
        <div className="ss-stack">
          <TakeControl ticket={data} meId={me.data?.id} />
          <Timeline ticket={data} />
          {open && (
            <section className="desk-actions" aria-labelledby="desk-actions-title">
              <h2 id="desk-actions-title">{m.actions.title}</h2>
              <TextActionForm
                title={m.actions.reply}
                label={m.actions.replyLabel}
                hint={m.actions.replyHint}
                submit={m.actions.send}
                done={m.actions.sent}
                limits={deskLimits.message}
                // Taking the request is the primary action until it is this moderator's.
                primary={data.assignee !== null && data.assignee.id === me.data?.id}
                send={reply}
                upload={upload}
              />
              <TextActionForm
                title={m.actions.note}
                label={m.actions.noteLabel}
                hint={m.actions.noteHint}
                submit={m.actions.addNote}
                done={m.actions.noteSaved}
                limits={deskLimits.note}
                internal
                send={note}
              />
              <TextActionForm
                title={m.actions.step}
                label={m.actions.stepLabel}
                hint={m.actions.stepHint}
                submit={m.actions.recordStep}
                done={m.actions.stepSaved}
                limits={deskLimits.step}
                send={step}
              />
              <ThirdPartyForm send={involve} />
              <OfferForm send={propose} pendingOffer={pendingOffer} />
            </section>
          )}
          <SettleActions ticket={data} />
        </div>
      </div>
    </article>
  );
}
