import { describe, expect, it } from 'vitest';
import { failSafeDeskProps, parseDeskHostProps } from './host-props';

const getAccessToken = () => 'desk-token';

describe("the desk's props", () => {
  it('applies the defaults: Russian, light, /desk, Moscow time', () => {
    const parsed = parseDeskHostProps({ apiBaseUrl: '/api/desk/v1', getAccessToken, name: 'desk' });
    expect(parsed).toEqual({
      ok: true,
      props: {
        apiBaseUrl: '/api/desk/v1',
        getAccessToken,
        locale: 'ru',
        theme: 'light',
        basePath: '/desk',
        timeZone: 'Europe/Moscow',
      },
    });
  });

  it('names every wrong prop', () => {
    const parsed = parseDeskHostProps({
      apiBaseUrl: 'javascript:alert(1)',
      locale: 'de',
      timeZone: 'Mars/Olympus',
    });
    expect(parsed).toEqual({ ok: false, invalid: ['apiBaseUrl', 'getAccessToken', 'locale', 'timeZone'] });
  });

  it('keeps the language and theme of otherwise wrong props', () => {
    expect(failSafeDeskProps({ locale: 'en', theme: 'dark', apiBaseUrl: 1 })).toEqual({
      locale: 'en',
      theme: 'dark',
      nonce: undefined,
    });
    expect(failSafeDeskProps({ locale: 'fr' })).toMatchObject({ locale: 'ru', theme: 'light' });
  });
});
