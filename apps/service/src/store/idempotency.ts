import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '../clock';
import type { Database } from './schema';
import { isoTimestamp, jsonb } from './sql';

/** The operations that take an `Idempotency-Key`; keys are scoped per seller and operation. */
export type IdempotentOperation =
  | 'createTicket'
  | 'postMessage'
  | 'uploadAttachment'
  | 'decideOffer'
  | 'reopenTicket'
  | 'rateTicket'
  // The desk's, scoped by the moderator's desk principal (see deskPrincipal).
  | 'takeTicket'
  | 'postDeskMessage'
  | 'recordStep'
  | 'involveThirdParty'
  | 'proposeOffer'
  | 'resolveTicket'
  | 'closeTicket'
  | 'addNote';

/**
 * Whose keys a moderator's are: `desk:<moderator id>`, in the column that holds sellers' ids. A
 * seller id has no colon, so the two can never share a scope.
 */
export function deskPrincipal(moderatorId: string): string {
  return `desk:${moderatorId}`;
}

export interface IdempotencyScope {
  /** The seller's id, or a moderator's {@link deskPrincipal}. */
  sellerId: string;
  operation: IdempotentOperation;
  key: string;
}

/** What a first attempt left behind for its retries. */
export interface StoredResult {
  status: number;
  resourceId: string | null;
  response: unknown;
}

/** The outcome of claiming a key. */
export type Claim =
  /** This attempt runs the operation; it completes (or releases) the claim. */
  | { kind: 'claimed'; scope: IdempotencyScope; owner: string }
  /** An earlier attempt with the same request finished: answer what it answered. */
  | { kind: 'replay'; result: StoredResult; fingerprint: string | null }
  /** The key was used for a different request. */
  | { kind: 'mismatch' }
  /** An attempt with this key is still under way (in this process or another). */
  | { kind: 'running' };

/**
 * Idempotency keys in the database, Stripe's way: an attempt first claims its key (a row marked
 * `running`), then creates what it creates and marks the key `done` with the answer IN THE SAME
 * TRANSACTION, so a key is done exactly when its resource exists. A retry finds the finished key
 * and replays the answer; one that arrives while the first still runs is told so (409), in this
 * process or another; one with another body is refused (422). A failed attempt releases its key,
 * so the client can fix the request and send it again under the same key. A process that dies
 * mid-way leaves a running key that nothing completed: after `staleAfterMs` the next attempt takes
 * it over.
 */
export class IdempotencyStore {
  readonly #db: Kysely<Database>;
  readonly #clock: Clock;

  constructor(db: Kysely<Database>, clock: Clock) {
    this.#db = db;
    this.#clock = clock;
  }

  /**
   * Claims a key for an attempt. `fingerprint` is the hash of what is asked; null when it cannot
   * be known yet (an upload's content): the replay then carries the finished key's fingerprint for
   * the caller to compare once it knows its own.
   */
  async claim(scope: IdempotencyScope, fingerprint: string | null, staleAfterMs: number): Promise<Claim> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const owner = randomUUID();
      const now = isoTimestamp(this.#clock());
      const inserted = await this.#db
        .insertInto('idempotency_keys')
        .values({
          seller_id: scope.sellerId,
          operation: scope.operation,
          key: scope.key,
          fingerprint,
          state: 'running',
          owner,
          locked_at: now,
          created_at: now,
        })
        .onConflict((conflict) => conflict.doNothing())
        .returning('owner')
        .executeTakeFirst();
      if (inserted !== undefined) return { kind: 'claimed', scope, owner };

      const row = await this.#row(scope);
      // Released between our insert and our read: try again.
      if (row === undefined) continue;
      const sameRequest = fingerprint === null || row.fingerprint === null || row.fingerprint === fingerprint;
      if (!sameRequest) return { kind: 'mismatch' };
      if (row.state === 'done') {
        return {
          kind: 'replay',
          result: {
            status: row.response_status ?? 200,
            resourceId: row.resource_id,
            response: row.response,
          },
          fingerprint: row.fingerprint,
        };
      }
      if (this.#clock().getTime() - row.locked_at.getTime() < staleAfterMs) return { kind: 'running' };
      // Abandoned by an attempt that died: taken over by exactly one newcomer.
      const taken = await this.#db
        .updateTable('idempotency_keys')
        .set({ owner, locked_at: now, fingerprint })
        .where('seller_id', '=', scope.sellerId)
        .where('operation', '=', scope.operation)
        .where('key', '=', scope.key)
        .where('owner', '=', row.owner)
        .where('state', '=', 'running')
        .returning('owner')
        .executeTakeFirst();
      if (taken !== undefined) return { kind: 'claimed', scope, owner };
    }
    return { kind: 'running' };
  }

  /**
   * Marks the key done with its answer, inside the transaction that created the resource. Throws
   * when the claim was taken over meanwhile (the transaction then rolls back: one resource only).
   */
  async complete(
    tx: Transaction<Database>,
    claim: Extract<Claim, { kind: 'claimed' }>,
    fingerprint: string,
    result: StoredResult,
  ): Promise<void> {
    const { scope, owner } = claim;
    const done = await tx
      .updateTable('idempotency_keys')
      .set({
        state: 'done',
        fingerprint,
        response_status: result.status,
        resource_id: result.resourceId,
        response: jsonb(result.response),
      })
      .where('seller_id', '=', scope.sellerId)
      .where('operation', '=', scope.operation)
      .where('key', '=', scope.key)
      .where('owner', '=', owner)
      .where('state', '=', 'running')
      .returning('owner')
      .executeTakeFirst();
    if (done === undefined) throw new LostClaimError();
  }

  /** Gives a claim back after a failed attempt (nothing was created), so the key may be used again. */
  async release(claim: Extract<Claim, { kind: 'claimed' }>): Promise<void> {
    const { scope, owner } = claim;
    await this.#db
      .deleteFrom('idempotency_keys')
      .where('seller_id', '=', scope.sellerId)
      .where('operation', '=', scope.operation)
      .where('key', '=', scope.key)
      .where('owner', '=', owner)
      .where('state', '=', 'running')
      .execute();
  }

  /** Forgets keys older than `ttlHours`; returns how many. */
  async cleanUp(ttlHours: number): Promise<number> {
    const before = new Date(this.#clock().getTime() - ttlHours * 3_600_000);
    const result = await this.#db
      .deleteFrom('idempotency_keys')
      .where('created_at', '<', before)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  #row(scope: IdempotencyScope) {
    return this.#db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('seller_id', '=', scope.sellerId)
      .where('operation', '=', scope.operation)
      .where('key', '=', scope.key)
      .executeTakeFirst();
  }
}

/** An attempt outlived its claim (another took the key over as abandoned); it must not create anything. */
export class LostClaimError extends Error {
  override name = 'LostClaimError';
  constructor() {
    super('The idempotency key was taken over by another attempt');
  }
}
