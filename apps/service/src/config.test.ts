import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, serviceRoot } from './config';

describe('configuration from the environment', () => {
  it('runs with no configuration: port 4180 on 127.0.0.1, data in the git-ignored folder, demo tokens', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4180,
      host: '127.0.0.1',
      dataDir: path.join(serviceRoot, '.data'),
      databaseUrl: null,
      policyFile: path.join(serviceRoot, 'config', 'support.json'),
      idempotencyTtlHours: 24,
    });
    expect(config.auth.demoTokens.get('demo-token')).toBe('s-1042');
    expect(config.auth.jwt).toBeNull();
  });

  it('reads every variable, and an empty one counts as unset', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '',
      DATABASE_URL: 'postgres://app@127.0.0.1:5432/support',
      DEMO_TOKENS: 'off',
      JWT_JWKS_URL: 'https://id.example.test/.well-known/jwks.json',
      JWT_SELLER_CLAIM: 'seller_id',
      JWT_AUDIENCE: 'seller-support',
      CORS_ORIGIN: 'https://cabinet.example.test, https://admin.example.test',
      IDEMPOTENCY_TTL_HOURS: '48',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgres://app@127.0.0.1:5432/support',
      corsOrigins: ['https://cabinet.example.test', 'https://admin.example.test'],
      idempotencyTtlHours: 48,
    });
    expect(config.auth.demoTokens.size).toBe(0);
    expect(config.auth.jwt).toMatchObject({
      sellerClaim: 'seller_id',
      audience: 'seller-support',
      issuer: null,
    });
  });

  it('names every bad variable, and keeps idempotency keys at least a day', () => {
    expect(() =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', IDEMPOTENCY_TTL_HOURS: '2' }),
    ).toThrow(ConfigError);
    expect(() =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', IDEMPOTENCY_TTL_HOURS: '2' }),
    ).toThrow(/PORT.*DATABASE_URL.*IDEMPOTENCY_TTL_HOURS/);
    expect(() => loadConfig({ DEMO_TOKENS: 'no-seller' })).toThrow(/DEMO_TOKENS/);
  });

  it('the demo moderators: two with the demo sellers only, otherwise only when named, and their own syntax', () => {
    expect([...loadConfig({}).auth.demoModeratorTokens]).toEqual([
      ['desk-token', { id: 'm-anna', displayName: 'Модератор Анна' }],
      ['desk-token-2', { id: 'm-boris', displayName: 'Модератор Борис' }],
    ]);
    expect(loadConfig({ DEMO_TOKENS: 'off' }).auth.demoModeratorTokens.size).toBe(0);
    // A deployment's own seller tokens do not bring the README's desk tokens along.
    expect(loadConfig({ DEMO_TOKENS: 'staging-token=s-1' }).auth.demoModeratorTokens.size).toBe(0);
    expect([
      ...loadConfig({ DEMO_TOKENS: 'off', DEMO_MODERATOR_TOKENS: 't1=m-1:Модератор Ира' }).auth
        .demoModeratorTokens,
    ]).toEqual([['t1', { id: 'm-1', displayName: 'Модератор Ира' }]]);
    expect(() => loadConfig({ DEMO_MODERATOR_TOKENS: 't1=m-1' })).toThrow(/DEMO_MODERATOR_TOKENS/);
    expect(loadConfig({ JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----x' }).auth.jwt?.moderatorClaim).toBe(
      'support_moderator',
    );
  });

  it('limits callers by default, and takes budgets, 0 or off for none', () => {
    expect(loadConfig({}).rateLimit).toEqual({
      windowSeconds: 60,
      readsPerSeller: 1200,
      writesPerSeller: 300,
      authFailuresPerAddress: 300,
    });
    expect(
      loadConfig({
        RATE_LIMIT_WINDOW_SECONDS: '10',
        RATE_LIMIT_READS: 'off',
        RATE_LIMIT_WRITES: '0',
        RATE_LIMIT_AUTH_FAILURES: '5',
      }).rateLimit,
    ).toEqual({ windowSeconds: 10, readsPerSeller: null, writesPerSeller: null, authFailuresPerAddress: 5 });
  });

  it.each([
    ['RATE_LIMIT_WRITES', '-1'],
    ['RATE_LIMIT_WRITES', '1.5'],
    ['RATE_LIMIT_READS', 'ten'],
    ['RATE_LIMIT_READS', 'unlimited'],
    ['RATE_LIMIT_AUTH_FAILURES', 'OFF '],
    ['RATE_LIMIT_WINDOW_SECONDS', '0'],
    ['RATE_LIMIT_WINDOW_SECONDS', 'off'],
    ['RATE_LIMIT_WINDOW_SECONDS', '86401'],
  ])('refuses %s=%j and names it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}: `));
  });
});

describe('attachment storage from the environment', () => {
  it('keeps files in DATA_DIR unless told ATTACHMENTS=s3', () => {
    expect(loadConfig({}).attachments).toEqual({ kind: 'local' });
  });

  it('reads the bucket settings, with the SDK finding credentials itself when none are given', () => {
    expect(
      loadConfig({
        ATTACHMENTS: 's3',
        S3_ENDPOINT: 'https://storage.example.test',
        S3_REGION: 'eu-central-1',
        S3_BUCKET: 'seller-support',
        S3_ACCESS_KEY_ID: 'key-id',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_FORCE_PATH_STYLE: 'true',
        S3_KEY_PREFIX: 'attachments/',
      }).attachments,
    ).toEqual({
      kind: 's3',
      endpoint: 'https://storage.example.test',
      region: 'eu-central-1',
      bucket: 'seller-support',
      credentials: { accessKeyId: 'key-id', secretAccessKey: 'secret' },
      forcePathStyle: true,
      keyPrefix: 'attachments/',
    });
    expect(loadConfig({ ATTACHMENTS: 's3', S3_BUCKET: 'seller-support' }).attachments).toEqual({
      kind: 's3',
      endpoint: null,
      region: 'us-east-1',
      bucket: 'seller-support',
      credentials: null,
      forcePathStyle: false,
      keyPrefix: '',
    });
  });

  it('names every missing or bad S3 setting', () => {
    expect(() => loadConfig({ ATTACHMENTS: 's3', S3_ACCESS_KEY_ID: 'key-id' })).toThrow(
      /S3_BUCKET: required.*S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: both or neither/,
    );
    expect(() =>
      loadConfig({
        ATTACHMENTS: 's3',
        S3_ENDPOINT: 'ftp://storage.example.test',
        S3_BUCKET: 'Not_A_Bucket',
        S3_FORCE_PATH_STYLE: 'maybe',
        S3_KEY_PREFIX: '/absolute',
      }),
    ).toThrow(/S3_ENDPOINT.*S3_BUCKET.*S3_FORCE_PATH_STYLE.*S3_KEY_PREFIX/);
    expect(() => loadConfig({ ATTACHMENTS: 'bucket' })).toThrow(/ATTACHMENTS/);
  });

  it('refuses S3 settings without ATTACHMENTS=s3, which would leave files on one machine’s disk', () => {
    expect(() => loadConfig({ S3_BUCKET: 'seller-support', S3_REGION: 'eu-central-1' })).toThrow(
      /ATTACHMENTS: set it to s3 to use S3_REGION, S3_BUCKET/,
    );
  });
});
