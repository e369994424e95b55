import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Moderator } from '@seller-support/contract';
import * as z from 'zod/mini';
import type { S3StorageConfig } from './adapters/s3-storage';

/** The service's own folder (apps/service), so defaults do not depend on the working directory. */
export const serviceRoot = fileURLToPath(new URL('..', import.meta.url));

/** How a caller's bearer token becomes a seller: demo tokens, signed JWTs, or both. */
export interface AuthConfig {
  /** Token → seller id; empty when demo tokens are off. */
  demoTokens: ReadonlyMap<string, string>;
  /** Token → moderator (the desk's API); empty when demo tokens are off. */
  demoModeratorTokens: ReadonlyMap<string, Moderator>;
  jwt: JwtConfig | null;
}

export interface JwtConfig {
  /** Where the issuer publishes its keys (rotated keys are fetched as they appear). */
  jwksUrl: URL | null;
  /** A PEM public key (SPKI), for an issuer with one fixed key. */
  publicKeyPem: string | null;
  algorithms: readonly string[];
  issuer: string | null;
  audience: string | null;
  /** The claim that holds the seller id (`sub` unless told otherwise). */
  sellerClaim: string;
  /** The claim that marks a moderator's token (`true`); its `sub` is the moderator's id, `name` the name shown. */
  moderatorClaim?: string;
}

export interface ServiceConfig {
  port: number;
  host: string;
  /** Where the embedded database and the attachments live. */
  dataDir: string;
  /** Where attachment content goes: `DATA_DIR/attachments`, or an S3-compatible bucket. */
  attachments: { kind: 'local' } | ({ kind: 's3' } & S3StorageConfig);
  /** A PostgreSQL server instead of the embedded database. */
  databaseUrl: string | null;
  /** Policy, channels and help articles (see config/support.json). */
  policyFile: string;
  auth: AuthConfig;
  /** The marketplace's API for the sellers' business data; null: the demo's data in the database. */
  marketplace: { baseUrl: string; token: string | null } | null;
  /** Whether the demo seller starts with the mocks' showcase of requests (on the first start only). */
  demoTickets: boolean;
  /** Origins a browser may call the API from (`CORS_ORIGIN=off`: none, so no CORS headers at all). */
  corsOrigins: readonly string[];
  /** Largest JSON body accepted, in bytes. */
  bodyLimitBytes: number;
  /** How long idempotency keys are kept, in hours (at least 24, as the contract promises retries a day). */
  idempotencyTtlHours: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  rateLimit: RateLimitConfig;
  /** The live stream (`GET /events` of both APIs); null: off (`LIVE=off`), clients poll. */
  live: { heartbeatSeconds: number } | null;
}

/**
 * How many requests a caller may send per window before a 429. A budget of null is no limit
 * (`0` or `off` in the environment).
 */
export interface RateLimitConfig {
  windowSeconds: number;
  /** Reads (every GET, and marking a request read) per seller per window. */
  readsPerSeller: number | null;
  /** Writes (tickets, messages, uploads, offer decisions, reopening, ratings) per seller per window. */
  writesPerSeller: number | null;
  /** Requests refused with a 401 per client address per window, before they become 429s. */
  authFailuresPerAddress: number | null;
}

/** The demo's sellers: the one the module's demo shows, and a second one for isolation checks. */
export const demoSellerTokens: ReadonlyMap<string, string> = new Map([
  ['demo-token', 's-1042'],
  ['demo-token-2', 's-2077'],
]);

const defaultTokens = [...demoSellerTokens].map(([token, seller]) => `${token}=${seller}`).join(',');

/** The demo's moderators: the desk's signed-in one, and a second one to hold a ticket the first cannot take. */
export const demoModeratorTokens: ReadonlyMap<string, Moderator> = new Map([
  ['desk-token', { id: 'm-anna', displayName: 'Модератор Анна' }],
  ['desk-token-2', { id: 'm-boris', displayName: 'Модератор Борис' }],
]);

const defaultModeratorTokens = [...demoModeratorTokens]
  .map(([token, moderator]) => `${token}=${moderator.id}:${moderator.displayName}`)
  .join(',');

const portSchema = z.pipe(
  z.string().check(z.regex(/^\d{1,5}$/, 'a port number')),
  z.transform((value) => Number(value)),
);
const positiveInt = z.pipe(
  z.string().check(z.regex(/^[1-9]\d*$/, 'a positive whole number')),
  z.transform((value) => Number(value)),
);

// `0` or `off`: no limit (null).
const budget = z.pipe(
  z.string().check(z.regex(/^(off|\d+)$/, 'a whole number of requests, or 0 or off for no limit')),
  z.transform((value) => (value === 'off' || Number(value) === 0 ? null : Number(value))),
);

const envSchema = z.object({
  PORT: z._default(portSchema, 4180),
  HOST: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
  DATA_DIR: z.optional(z.string().check(z.minLength(1))),
  DATABASE_URL: z.optional(z.string().check(z.regex(/^postgres(ql)?:\/\//, 'a postgres:// URL'))),
  POLICY_FILE: z.optional(z.string().check(z.minLength(1))),
  DEMO_TOKENS: z._default(z.string(), defaultTokens),
  DEMO_MODERATOR_TOKENS: z.optional(z.string()),
  DEMO_TICKETS: z._default(z.enum(['on', 'off']), 'on'),
  MARKETPLACE_URL: z.optional(z.url()),
  MARKETPLACE_TOKEN: z.optional(z.string()),
  JWT_JWKS_URL: z.optional(z.url()),
  JWT_PUBLIC_KEY: z.optional(z.string().check(z.includes('-----BEGIN PUBLIC KEY-----'))),
  JWT_ALGORITHMS: z._default(z.string(), 'RS256,ES256,EdDSA'),
  JWT_ISSUER: z.optional(z.string()),
  JWT_AUDIENCE: z.optional(z.string()),
  JWT_SELLER_CLAIM: z._default(z.string().check(z.minLength(1)), 'sub'),
  JWT_MODERATOR_CLAIM: z._default(z.string().check(z.minLength(1)), 'support_moderator'),
  CORS_ORIGIN: z._default(z.string(), 'http://localhost:4173,http://127.0.0.1:4173'),
  BODY_LIMIT_BYTES: z._default(positiveInt, 1_048_576),
  IDEMPOTENCY_TTL_HOURS: z._default(
    z.pipe(positiveInt, z.number().check(z.gte(24, 'at least 24 hours'))),
    24,
  ),
  LOG_LEVEL: z._default(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
  RATE_LIMIT_WINDOW_SECONDS: z._default(
    z.pipe(positiveInt, z.number().check(z.lte(86_400, 'at most 86400 seconds (a day)'))),
    60,
  ),
  RATE_LIMIT_READS: z._default(budget, 1200),
  RATE_LIMIT_WRITES: z._default(budget, 300),
  RATE_LIMIT_AUTH_FAILURES: z._default(budget, 300),
  LIVE: z._default(z.enum(['on', 'off']), 'on'),
  // Under the server's idle timeout (185 s), so a quiet stream is never cut for being quiet.
  LIVE_HEARTBEAT_SECONDS: z._default(
    z.pipe(positiveInt, z.number().check(z.lte(120, 'at most 120 seconds'))),
    15,
  ),
  ATTACHMENTS: z._default(z.enum(['local', 's3']), 'local'),
  S3_ENDPOINT: z.optional(z.url({ protocol: /^https?$/, error: 'an http:// or https:// URL' })),
  S3_REGION: z._default(
    z.string().check(z.regex(/^[a-z0-9-]{1,64}$/, 'a region name such as eu-central-1')),
    'us-east-1',
  ),
  S3_BUCKET: z.optional(
    z
      .string()
      .check(z.regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'a bucket name (3–63 of a-z, 0-9, ".", "-")')),
  ),
  S3_ACCESS_KEY_ID: z.optional(z.string()),
  S3_SECRET_ACCESS_KEY: z.optional(z.string()),
  S3_FORCE_PATH_STYLE: z._default(z.enum(['on', 'off', 'true', 'false']), 'off'),
  S3_KEY_PREFIX: z._default(
    z
      .string()
      .check(z.regex(/^(?!\/)[\w!.*'()/-]{0,200}$/, "letters, digits and _-.!*'()/, not starting with /")),
    '',
  ),
});

type Env = z.infer<typeof envSchema>;

const s3Variables = [
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_BUCKET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'S3_KEY_PREFIX',
] as const;

/** The bucket's settings, or what is wrong with them (each problem names its variable). */
function attachmentsConfig(
  vars: Env,
  present: Readonly<Record<string, string | undefined>>,
): { config: ServiceConfig['attachments']; problems: string[] } {
  if (vars.ATTACHMENTS === 'local') {
    // S3 settings without ATTACHMENTS=s3 would leave files on this machine's disk, unnoticed
    // until a second process cannot find them.
    const stray = s3Variables.filter((name) => present[name] !== undefined);
    return {
      config: { kind: 'local' },
      problems:
        stray.length === 0 ? [] : [`ATTACHMENTS: set it to s3 to use ${stray.join(', ')} (or unset those)`],
    };
  }
  const problems: string[] = [];
  if (vars.S3_BUCKET === undefined) problems.push('S3_BUCKET: required with ATTACHMENTS=s3');
  const { S3_ACCESS_KEY_ID: keyId, S3_SECRET_ACCESS_KEY: secret } = vars;
  if ((keyId === undefined) !== (secret === undefined))
    problems.push(
      'S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: both or neither (neither: the AWS SDK finds credentials itself)',
    );
  return {
    config: {
      kind: 's3',
      endpoint: vars.S3_ENDPOINT ?? null,
      region: vars.S3_REGION,
      bucket: vars.S3_BUCKET ?? '',
      credentials:
        keyId === undefined || secret === undefined ? null : { accessKeyId: keyId, secretAccessKey: secret },
      forcePathStyle: vars.S3_FORCE_PATH_STYLE === 'on' || vars.S3_FORCE_PATH_STYLE === 'true',
      keyPrefix: vars.S3_KEY_PREFIX,
    },
    problems,
  };
}

/** Thrown for an environment the service cannot start with; the message names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function parseDemoTokens(value: string): Map<string, string> {
  const tokens = new Map<string, string>();
  if (value.trim() === 'off') return tokens;
  for (const pair of list(value)) {
    const match = /^([\x21-\x7E]+)=([\w-]{1,128})$/.exec(pair);
    if (!match?.[1] || !match[2]) throw new ConfigError(`DEMO_TOKENS: "${pair}" is not token=sellerId`);
    tokens.set(match[1], match[2]);
  }
  return tokens;
}

function parseModeratorTokens(value: string): Map<string, Moderator> {
  const tokens = new Map<string, Moderator>();
  if (value.trim() === 'off') return tokens;
  for (const pair of list(value)) {
    const match = /^([\x21-\x7E]+)=([\w-]{1,128}):(.+)$/.exec(pair);
    const [, token, id, displayName] = match ?? [];
    if (!token || !id || !displayName?.trim())
      throw new ConfigError(`DEMO_MODERATOR_TOKENS: "${pair}" is not token=moderatorId:Name`);
    tokens.set(token, { id, displayName: displayName.trim() });
  }
  return tokens;
}

/** Reads the service's settings from the environment (see README for each variable). */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): ServiceConfig {
  // An empty variable counts as unset, as shells and .env files often leave them.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = z.safeParse(envSchema, present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment: ${problems.join('; ')}`);
  }
  const vars = result.data;
  if (vars.PORT > 65535) throw new ConfigError('PORT: at most 65535');
  const attachments = attachmentsConfig(vars, present);
  if (attachments.problems.length > 0)
    throw new ConfigError(`Invalid environment: ${attachments.problems.join('; ')}`);
  const jwt: JwtConfig | null =
    vars.JWT_JWKS_URL === undefined && vars.JWT_PUBLIC_KEY === undefined
      ? null
      : {
          jwksUrl: vars.JWT_JWKS_URL === undefined ? null : new URL(vars.JWT_JWKS_URL),
          publicKeyPem: vars.JWT_PUBLIC_KEY ?? null,
          algorithms: list(vars.JWT_ALGORITHMS),
          issuer: vars.JWT_ISSUER ?? null,
          audience: vars.JWT_AUDIENCE ?? null,
          sellerClaim: vars.JWT_SELLER_CLAIM,
          moderatorClaim: vars.JWT_MODERATOR_CLAIM,
        };
  return {
    port: vars.PORT,
    host: vars.HOST,
    dataDir: path.resolve(vars.DATA_DIR ?? path.join(serviceRoot, '.data')),
    attachments: attachments.config,
    databaseUrl: vars.DATABASE_URL ?? null,
    policyFile: path.resolve(vars.POLICY_FILE ?? path.join(serviceRoot, 'config', 'support.json')),
    auth: {
      demoTokens: parseDemoTokens(vars.DEMO_TOKENS),
      // The demo's moderators come only with the demo's sellers (DEMO_TOKENS unset), unless named:
      // a deployment that sets its own seller tokens must not get the README's desk tokens, which
      // read every seller's requests, by accident.
      demoModeratorTokens: parseModeratorTokens(
        vars.DEMO_MODERATOR_TOKENS ?? (present['DEMO_TOKENS'] === undefined ? defaultModeratorTokens : 'off'),
      ),
      jwt,
    },
    demoTickets: vars.DEMO_TICKETS === 'on',
    marketplace:
      vars.MARKETPLACE_URL === undefined
        ? null
        : { baseUrl: vars.MARKETPLACE_URL, token: vars.MARKETPLACE_TOKEN ?? null },
    corsOrigins: vars.CORS_ORIGIN.trim() === 'off' ? [] : list(vars.CORS_ORIGIN),
    bodyLimitBytes: vars.BODY_LIMIT_BYTES,
    idempotencyTtlHours: vars.IDEMPOTENCY_TTL_HOURS,
    logLevel: vars.LOG_LEVEL,
    rateLimit: {
      windowSeconds: vars.RATE_LIMIT_WINDOW_SECONDS,
      readsPerSeller: vars.RATE_LIMIT_READS,
      writesPerSeller: vars.RATE_LIMIT_WRITES,
      authFailuresPerAddress: vars.RATE_LIMIT_AUTH_FAILURES,
    },
    live: vars.LIVE === 'on' ? { heartbeatSeconds: vars.LIVE_HEARTBEAT_SECONDS } : null,
  };
}
