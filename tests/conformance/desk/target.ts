/**
 * A running server that claims to implement the moderator's desk API
 * (`@seller-support/contract/desk`) beside the seller API it acts on. The suite creates the
 * tickets it needs through the seller API as the seller, so a target only gives the two base
 * URLs and the tokens: nothing is seeded for the desk, and nothing here names a database.
 */
export interface DeskConformanceTarget {
  /** Absolute URL of the desk's API, without a trailing slash, e.g. `http://127.0.0.1:4180/api/desk/v1`. */
  readonly deskBaseUrl: string;
  /** Bearer token of the moderator the suite acts as. */
  readonly moderatorToken: string;
  /** Bearer token of another moderator (who holds a ticket the first must not take without `force`). */
  readonly otherModeratorToken: string;
  /**
   * A well-formed bearer token the target refuses with 401, when it verifies tokens; leave it out
   * for a target that takes any token, and the tests that need it are skipped.
   */
  readonly rejectedToken?: string;
  /**
   * The seller side of the same tickets: the seller API's absolute URL and a seller's token. The
   * suite creates tickets there (this is how a target is given its tickets) and checks there what
   * the seller sees of each action.
   */
  readonly seller: { readonly apiBaseUrl: string; readonly token: string };
  /** Whether a seller's token is refused on the desk (401 or 403); false for a target that takes any token. */
  readonly refusesSellerTokens: boolean;
  /** Stops the target and frees what it holds. */
  close(): Promise<void>;
}

/** Starts a fresh target; the suite calls it once per test file and closes it at the end. */
export type StartDeskConformanceTarget = () => Promise<DeskConformanceTarget>;
