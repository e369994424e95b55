import { useCallback, useRef } from 'react';
import { canonicalJson } from '../../../shared/lib/exactly-once';
import { newIdempotencyKey } from '../../../shared/lib/idempotency-key';

/**
 * The idempotency key of a request action (a decision, a reopening, a rating), by its body: the
 * same body sent again, a retry after a lost answer, goes with the same key, so the server answers
 * it with the ticket rather than acting twice; a different body is another action with a new key,
 * since the contract refuses a key reused with another body (422).
 */
export function useActionKey(): (body: object) => string {
  const issued = useRef<{ body: string; key: string } | null>(null);
  return useCallback((body: object) => {
    const canonical = canonicalJson(body);
    if (issued.current?.body !== canonical) issued.current = { body: canonical, key: newIdempotencyKey() };
    return issued.current.key;
  }, []);
}
