import { ConflictError } from '@seller-support/contract';
import type { ReceivedDeskTicket } from '@seller-support/contract/desk';
import { useCallback, useEffect, useRef } from 'react';
import { useDeskClient } from '../../../shared/api/desk-client-context';
import { useDeskI18n } from '../../../shared/i18n/i18n';
import { useOnceAction } from '../../../shared/lib/use-once-action';
import { Button } from '../../../shared/ui/button';
import { useAfterAction } from '../api/ticket-query';
import { ActionFeedback } from './action-feedback';

/**
 * Who holds the request, and "take under control". Another moderator holding it is a 409: the
 * moderator is told so and may take it over (`force`), as a separate, deliberate action.
 */
export function TakeControl({ ticket, meId }: { ticket: ReceivedDeskTicket; meId: string | undefined }) {
  const { m, fill } = useDeskI18n();
  const client = useDeskClient();
  const afterAction = useAfterAction(ticket.id);
  const holder = useRef<HTMLParagraphElement>(null);
  const send = useCallback(
    async (body: { force: boolean }, idempotencyKey: string) => {
      const taken = await client.takeTicket(ticket.id, body.force ? { force: true } : {}, { idempotencyKey });
      await afterAction(taken);
      return taken;
    },
    [client, ticket.id, afterAction],
  );
  // Two actions: a 409 leaves the plain take waiting under its key, and taking over is another one.
  const plain = useOnceAction(send);
  const force = useOnceAction(send);
  const take = force.status.kind === 'idle' ? plain : force;
  const mine = ticket.assignee !== null && ticket.assignee.id === meId;
  const taken = take.status.kind === 'done';
  useEffect(() => {
    if (taken) holder.current?.focus();
  }, [taken]);

  const conflict =
    plain.status.kind === 'failed' &&
    plain.status.error instanceof ConflictError &&
    plain.status.error.retryAfterSeconds === null &&
    force.status.kind !== 'done';
  const sending = take.status.kind === 'sending';
  return (
    <section className="ss-stack" aria-labelledby="desk-holder-title">
      <h2 id="desk-holder-title" className="ss-visually-hidden">
        {m.ticket.holder}
      </h2>
      <p ref={holder} tabIndex={-1}>
        {ticket.assignee === null
          ? m.ticket.unassigned
          : mine
            ? m.ticket.heldByMe
            : fill(m.ticket.heldBy, { name: ticket.assignee.displayName })}
      </p>
      {!mine &&
        (conflict ? (
          <div className="ss-alert" role="alert">
            <p>{m.actions.conflict}</p>
            <div className="ss-actions">
              <Button variant="danger" disabled={sending} onClick={() => void force.run({ force: true })}>
                {m.actions.force}
              </Button>
            </div>
          </div>
        ) : (
          <div className="ss-actions">
            <Button variant="primary" disabled={sending} onClick={() => void plain.run({ force: false })}>
              {sending ? m.actions.taking : m.actions.take}
            </Button>
          </div>
        ))}
      {!conflict && <ActionFeedback status={take.status} done={m.actions.taken} />}
    </section>
  );
}
