import { deskEndpointNames, type DeskEndpointName } from './desk/endpoints';
import { endpointNames, type EndpointName } from './endpoints';
import { createRng, type Rng } from './random';

/**
 * How long the mock server takes to answer: `none` (tests), `realistic` (a seeded 150–650 ms,
 * for the demo), a fixed number of milliseconds, or `infinite` (loading states in stories).
 */
export type Latency = 'none' | 'realistic' | 'infinite' | number;

/**
 * How an endpoint fails:
 * - `{ status }`: a problem+json answer with that status (429 carries `Retry-After`);
 * - `'network'`: the request never gets an answer (`fetch` rejects);
 * - `'malformed'`: a 200 whose body breaks the contract, to test the client's parsing.
 * `times` fails only the next N calls, then the endpoint works again; without it, every call fails.
 */
export type FailureSpec =
  | { status: number; times?: number; detail?: string; retryAfterSeconds?: number }
  | { kind: 'network' | 'malformed'; times?: number }
  | 'network'
  | 'malformed';

/**
 * Optional parts of the contract a server may lack (api.md, "Following an open request"):
 * `ticketEtag`, the `ETag` of `GET /tickets/{id}` answered 304; `ticketEvents`, the tickets'
 * `eventsCursor` and `GET /tickets/{id}/events`; `liveEvents`, the live streams (`GET /events` of
 * the seller's and the desk's API), without which clients poll.
 */
export const optionalFeatures = ['ticketEtag', 'ticketEvents', 'liveEvents'] as const;
export type OptionalFeature = (typeof optionalFeatures)[number];

/** What a failure or a call count names: a seller's endpoint or a desk's (their names differ). */
export type ScenarioOperation = EndpointName | DeskEndpointName;

export interface ScenarioOptions {
  latency?: Latency;
  failures?: Partial<Record<ScenarioOperation, FailureSpec>>;
  /** Seed of the realistic latency. */
  seed?: number;
  /**
   * Optional parts of the contract to leave out, to stand in for an older server (every one:
   * `[...optionalFeatures]`). Default: none left out.
   */
  without?: readonly OptionalFeature[];
}

/** What the handler must do instead of answering normally. */
export type FailureOutcome =
  | { kind: 'status'; status: number; detail?: string; retryAfterSeconds?: number }
  | { kind: 'network' }
  | { kind: 'malformed' };

interface ActiveFailure {
  outcome: FailureOutcome;
  /** Remaining failing calls; Infinity when `times` was not given. */
  remaining: number;
}

function activate(spec: FailureSpec): ActiveFailure {
  if (spec === 'network' || spec === 'malformed')
    return { outcome: { kind: spec }, remaining: Number.POSITIVE_INFINITY };
  const remaining = spec.times ?? Number.POSITIVE_INFINITY;
  if ('kind' in spec) return { outcome: { kind: spec.kind }, remaining };
  return {
    outcome: {
      kind: 'status',
      status: spec.status,
      ...(spec.detail === undefined ? {} : { detail: spec.detail }),
      ...(spec.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: spec.retryAfterSeconds }),
    },
    remaining,
  };
}

const endpointNameSet = new Map<string, ScenarioOperation>(
  [...endpointNames, ...deskEndpointNames].map((name) => [name, name]),
);

function toEndpoint(name: string): ScenarioOperation {
  const found = endpointNameSet.get(name);
  if (found === undefined) throw new Error(`Unknown endpoint in scenario: ${name}`);
  return found;
}

/**
 * Switches that make the mock server slow or broken on purpose. Stories and tests flip them at
 * any time (the handlers read them on every request); `reset()` returns to the options it was
 * created with.
 */
export class Scenario {
  private readonly initial: ScenarioOptions;
  private currentLatency: Latency = 'none';
  private failures = new Map<ScenarioOperation, ActiveFailure>();
  private callCounts = new Map<ScenarioOperation, number>();
  private rng: Rng = createRng(0);
  private withheld = new Set<OptionalFeature>();

  constructor(options: ScenarioOptions = {}) {
    this.initial = options;
    this.reset();
  }

  /** Back to the options the scenario was created with; call counts start from zero. */
  reset(): void {
    this.currentLatency = this.initial.latency ?? 'none';
    this.failures = new Map();
    for (const [endpoint, spec] of Object.entries(this.initial.failures ?? {})) {
      this.fail(toEndpoint(endpoint), spec);
    }
    this.callCounts = new Map();
    this.rng = createRng(this.initial.seed ?? 7);
    this.withheld = new Set(this.initial.without ?? []);
  }

  /** Whether the server offers this optional part of the contract now. */
  offers(feature: OptionalFeature): boolean {
    return !this.withheld.has(feature);
  }

  /** Offers or withholds an optional part of the contract from the next request on (a server upgraded or rolled back). */
  setOffered(feature: OptionalFeature, offered: boolean): void {
    if (offered) this.withheld.delete(feature);
    else this.withheld.add(feature);
  }

  get latency(): Latency {
    return this.currentLatency;
  }

  setLatency(latency: Latency): void {
    this.currentLatency = latency;
  }

  /** Makes an endpoint fail; replaces an earlier failure of the same endpoint. */
  fail(endpoint: ScenarioOperation, spec: FailureSpec): void {
    this.failures.set(endpoint, activate(spec));
  }

  /** Makes an endpoint work again (or every endpoint, without an argument). */
  heal(endpoint?: ScenarioOperation): void {
    if (endpoint === undefined) this.failures.clear();
    else this.failures.delete(endpoint);
  }

  /** How many requests reached an endpoint (failed ones included): "did the client retry?" */
  calls(endpoint: ScenarioOperation): number {
    return this.callCounts.get(endpoint) ?? 0;
  }

  /** Called by the handlers once per request: counts it and says whether to fail it. */
  take(endpoint: ScenarioOperation): FailureOutcome | null {
    this.callCounts.set(endpoint, this.calls(endpoint) + 1);
    const failure = this.failures.get(endpoint);
    if (!failure) return null;
    failure.remaining -= 1;
    if (failure.remaining <= 0) this.failures.delete(endpoint);
    return failure.outcome;
  }

  /** The delay for the next answer: 0, a number of milliseconds, or `infinite`. */
  nextDelay(): number | 'infinite' {
    const latency = this.currentLatency;
    if (latency === 'none') return 0;
    if (latency === 'infinite') return 'infinite';
    if (latency === 'realistic') return this.rng.int(150, 650);
    return Math.max(0, latency);
  }
}
