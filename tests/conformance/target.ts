import type { Money } from '@seller-support/contract';

/** What support may propose, as {@link ModeratorDriver.proposeOffer} takes it. */
export interface ProposedOffer {
  kind: 'discount' | 'compensation' | 'alternative';
  description: string;
  amount: Money | null;
}

/**
 * What only support's side of a ticket can do, so the suite can bring a seller's ticket into every
 * state a seller endpoint depends on. Each call returns once the change is visible through the
 * seller API (the next `GET /tickets/{id}` shows it). A target drives it however it can: the mocks
 * through their store, a service through its moderator API.
 */
export interface ModeratorDriver {
  /** A moderator takes the ticket: it has an `assignee`, is `in_progress` and gets an `assigned` event. */
  take(ticketId: string): Promise<void>;
  /**
   * A moderator's `message` event with this body, counted as unread for the seller. With
   * `askSeller` the ticket then waits for the seller (`waiting_seller`); without, its status stays.
   */
  reply(ticketId: string, body: string, options?: { askSeller?: boolean }): Promise<void>;
  /** An `offer` event with a `pending` offer; the ticket is `offer_proposed`. Resolves with the offer's id. */
  proposeOffer(ticketId: string, offer: ProposedOffer): Promise<{ offerId: string }>;
  /** A `resolved` event with this note; the ticket is `resolved` (and may be reopened and rated). */
  resolve(ticketId: string, note: string): Promise<void>;
  /** A `closed` event; the ticket is `closed` (the seller may rate it, not write in it). */
  close(ticketId: string): Promise<void>;
}

/**
 * A running server that claims to implement the seller API (packages/contract), and the means to
 * play the other side of it. The suite discovers everything else through the API (`GET /context`,
 * `/orders`, `/facilities`, `/policy`), so a target only has to seed a seller with some orders in
 * transit, some delivered ones with items, and facilities of each kind.
 */
export interface ConformanceTarget {
  /** Absolute URL of the seller API, without a trailing slash, e.g. `http://127.0.0.1:4180/api/seller-support/v1`. */
  readonly apiBaseUrl: string;
  /** Bearer token of the seller the suite acts as. */
  readonly sellerToken: string;
  /** Bearer token of another seller, who must not reach the first one's tickets or files. */
  readonly otherSellerToken: string;
  /**
   * A well-formed bearer token the target refuses with 401, when it verifies tokens; leave it out
   * for a target that takes any token (the mocks), and the test that needs it is skipped.
   */
  readonly rejectedToken?: string;
  /** Acts on the tickets of `sellerToken`'s seller. */
  readonly moderator: ModeratorDriver;
  /** Stops the target and frees what it holds (sockets, processes, temporary directories). */
  close(): Promise<void>;
}

/** Starts a fresh target; the suite calls it once per test file and closes it at the end. */
export type StartConformanceTarget = () => Promise<ConformanceTarget>;
