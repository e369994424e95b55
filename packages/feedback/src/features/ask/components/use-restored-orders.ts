import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApiClient } from '../../../shared/api/api-client-context';
import { refreshOrders } from '../api/refresh-case';
import type { Draft } from '../drafts/draft-store';
import type { AskFormApi } from './form-controls';

/**
 * A restored draft's orders are as they were when it was written: shown as they are now. Not for a
 * draft with a body waiting for its answer: that body goes again as it was.
 */
export function useRestoredOrders(form: AskFormApi, draft: Draft, restored: boolean): void {
  const api = useApiClient();
  const queryClient = useQueryClient();
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
}
