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

  it('the demo moderators: two by default, off with the demo sellers unless named, and their own syntax', () => {
    expect([...loadConfig({}).auth.demoModeratorTokens]).toEqual([
      ['desk-token', { id: 'm-anna', displayName: 'Модератор Анна' }],
      ['desk-token-2', { id: 'm-boris', displayName: 'Модератор Борис' }],
    ]);
    expect(loadConfig({ DEMO_TOKENS: 'off' }).auth.demoModeratorTokens.size).toBe(0);
    expect([
      ...loadConfig({ DEMO_TOKENS: 'off', DEMO_MODERATOR_TOKENS: 't1=m-1:Модератор Ира' }).auth
        .demoModeratorTokens,
    ]).toEqual([['t1', { id: 'm-1', displayName: 'Модератор Ира' }]]);
    expect(() => loadConfig({ DEMO_MODERATOR_TOKENS: 't1=m-1' })).toThrow(/DEMO_MODERATOR_TOKENS/);
    expect(loadConfig({ JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----x' }).auth.jwt?.moderatorClaim).toBe(
      'support_moderator',
    );
  });
});
