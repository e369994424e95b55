import { describe, expect, it } from 'vitest';
import { parseHostProps, failSafeProps } from './host-props';

const getAccessToken = () => 'demo-token';
const valid = { apiBaseUrl: '/api/seller-support/v1', getAccessToken };

describe('parseHostProps', () => {
  it('applies defaults and drops props it does not know (single-spa adds its own)', () => {
    const result = parseHostProps({
      ...valid,
      name: '@seller-support/feedback',
      singleSpa: {},
      mountParcel: () => null,
    });
    expect(result).toEqual({
      ok: true,
      props: { ...valid, locale: 'ru', theme: 'light', basePath: '/support' },
    });
  });

  it('accepts http(s) URLs and root-relative paths as the API base', () => {
    for (const apiBaseUrl of [
      'https://cabinet.example/api/support/v1',
      'http://localhost:5173/api',
      '/api',
    ]) {
      expect(parseHostProps({ ...valid, apiBaseUrl }).ok).toBe(true);
    }
  });

  it('names a missing required prop', () => {
    expect(parseHostProps({ getAccessToken })).toEqual({
      ok: false,
      problems: [{ prop: 'apiBaseUrl', missing: true }],
    });
  });

  it('names every wrong prop once, telling wrong from missing', () => {
    const result = parseHostProps({
      apiBaseUrl: 'api/v1',
      getAccessToken: 'demo-token',
      locale: 'de',
      profileUrl: 'javascript:alert(1)',
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { prop: 'apiBaseUrl', missing: false },
        { prop: 'getAccessToken', missing: false },
        { prop: 'locale', missing: false },
        { prop: 'profileUrl', missing: false },
      ],
    });
  });

  it('refuses protocol-relative paths, which would point at another origin', () => {
    expect(parseHostProps({ ...valid, apiBaseUrl: '//evil.example/api' }).ok).toBe(false);
  });

  it('refuses an API base with a query or fragment, which paths cannot be appended to', () => {
    expect(parseHostProps({ ...valid, apiBaseUrl: '/api?v=1' }).ok).toBe(false);
    expect(parseHostProps({ ...valid, apiBaseUrl: 'https://cabinet.example/api#x' }).ok).toBe(false);
  });
});

describe('failSafeProps', () => {
  it('keeps the valid language and theme even when other props are wrong', () => {
    const onEvent = () => undefined;
    expect(failSafeProps({ locale: 'en', theme: 'dark', nonce: 'n0nce', onEvent, apiBaseUrl: 42 })).toEqual({
      locale: 'en',
      theme: 'dark',
      nonce: 'n0nce',
      onEvent,
    });
  });

  it('falls back to Russian, light and no callback for values it cannot use', () => {
    expect(failSafeProps({ locale: 'de', theme: 'sepia', nonce: 1, onEvent: 'log' })).toEqual({
      locale: 'ru',
      theme: 'light',
      nonce: undefined,
      onEvent: undefined,
    });
  });
});
