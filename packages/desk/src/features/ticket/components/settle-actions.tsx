import type { ReceivedDeskTicket } from '@seller-support/contract/desk';
import { useCallback, useRef } from 'react';
import { useDeskClient } from '../../../shared/api/desk-client-context';
import { useDeskI18n } from '../../../shared/i18n/i18n';
import { useOnceAction } from '../../../shared/lib/use-once-action';
import { Button } from '../../../shared/ui/button';
import { useAfterAction } from '../api/ticket-query';
import { ActionFeedback } from './action-feedback';

/** Resolve, and apart from it (it ends the conversation), close. */
export function SettleActions({ ticket }: { ticket: ReceivedDeskTicket }) {
  const { m } = useDeskI18n();
  const client = useDeskClient();
  const afterAction = useAfterAction(ticket.id);
  const resolve = useOnceAction(
    useCallback(
      async (_body: object, idempotencyKey: string) => {
        const resolved = await client.resolveTicket(ticket.id, {}, { idempotencyKey });
        await afterAction(resolved);
        return resolved;
      },
      [client, ticket.id, afterAction],
    ),
  );
  const close = useOnceAction(
    useCallback(
      async (_body: object, idempotencyKey: string) => {
        const closed = await client.closeTicket(ticket.id, {}, { idempotencyKey });
        await afterAction(closed);
        return closed;
      },
      [client, ticket.id, afterAction],
    ),
  );
  // The pressed button goes away with the state it settled: the focus goes to what is said instead,
  // not to the page's body.
  const said = useRef<HTMLDivElement>(null);
  const settle = async (action: typeof resolve) => {
    if ((await action.run({})) !== undefined) said.current?.focus();
  };
  const busy = resolve.status.kind === 'sending' || close.status.kind === 'sending';
  const canResolve = ticket.status !== 'resolved' && ticket.status !== 'closed';
  const canClose = ticket.status !== 'closed';
  const anySaid = resolve.status.kind !== 'idle' || close.status.kind !== 'idle';
  if (!canResolve && !canClose && !anySaid) return null;
  return (
    <div className="ss-stack desk-settle-area" ref={said} tabIndex={-1}>
      {(canResolve || canClose) && (
        <div className="ss-actions desk-settle">
          {canResolve && (
            <Button disabled={busy} onClick={() => void settle(resolve)}>
              {m.actions.resolve}
            </Button>
          )}
          {canClose && (
            <Button variant="danger" disabled={busy} onClick={() => void settle(close)}>
              {m.actions.close}
            </Button>
          )}
        </div>
      )}
      <ActionFeedback status={resolve.status} done={m.actions.resolved} />
      <ActionFeedback status={close.status} done={m.actions.closed} />
    </div>
  );
}
