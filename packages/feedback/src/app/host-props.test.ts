import { topics } from '@seller-support/contract';
import { createMockApi } from '@seller-support/mocks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { themeTokenNames } from '../shared/ui/theme-tokens';
import { localeOfProp } from '../shared/i18n/page-locale';
import { basePathOfProp } from '../shared/routing/base-path';
import { failSafeProps, parseHostProps, resolveTheme, type HostPropName } from './host-props';

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

/** The names of the props `parseHostProps` refuses, or `[]` when it accepts them. */
function refused(props: Readonly<Record<string, unknown>>): HostPropName[] {
  const result = parseHostProps({ ...valid, ...props });
  return result.ok ? [] : result.problems.map(({ prop }) => prop);
}

describe('theme', () => {
  it('takes a colour scheme, or design tokens on top of one', () => {
    expect(refused({ theme: 'dark' })).toEqual([]);
    expect(refused({ theme: { tokens: {} } })).toEqual([]);
    expect(
      refused({
        theme: {
          base: 'dark',
          tokens: {
            accent: '#7a1fa2',
            'on-accent': 'rgb(255 255 255 / 0.9)',
            radius: 'calc(0.25rem + 2px)',
            'font-family': '"PT Sans", \'Segoe UI\', sans-serif',
            surface: 'var(--cabinet-surface, #fafafa)',
          },
        },
      }),
    ).toEqual([]);
  });

  it('knows every token it documents', () => {
    const tokens = Object.fromEntries(themeTokenNames.map((name) => [name, 'red']));
    expect(refused({ theme: { tokens } })).toEqual([]);
  });

  it('refuses an unknown scheme, an unknown token and a wrong shape', () => {
    expect(refused({ theme: 'sepia' })).toEqual(['theme']);
    expect(refused({ theme: { tokens: { 'accent-color': 'red' } } })).toEqual(['theme']);
    expect(refused({ theme: { base: 'sepia', tokens: {} } })).toEqual(['theme']);
    expect(refused({ theme: { accent: 'red' } })).toEqual(['theme']);
    expect(refused({ theme: { tokens: { accent: 42 } } })).toEqual(['theme']);
    expect(refused({ theme: { tokens: {}, extra: true } })).toEqual(['theme']);
  });

  it.each([
    ['ends the declaration', 'red; background: url(https://evil.example/x.png)'],
    ['closes the rule', 'red } :host { display: none'],
    ['opens a block', 'red { x'],
    ['closes the style element', 'red</style><script>alert(1)</script>'],
    ['loads a URL', 'url(https://evil.example/track.png)'],
    ['loads a URL, in capitals', 'URL (https://evil.example/track.png)'],
    ['loads an image set', 'image-set("x.png" 1x)'],
    ['runs script in old IE', 'expression(alert(1))'],
    ['escapes', '\\3b'],
    ['breaks the line', 'red\nbackground: blue'],
    ['carries a control character', 'red\u0000'],
    ['opens a comment', 'red /* x'],
    ['leaves a string open', '"Segoe UI, sans-serif'],
    ['imports', '@import "x.css"'],
    ['raises its priority', 'red !important'],
    ['is empty', '  '],
    ['is too long', 'a'.repeat(201)],
  ])('refuses a token value that %s', (_what, value) => {
    expect(refused({ theme: { tokens: { accent: value } } })).toEqual(['theme']);
  });

  it('maps tokens to the custom properties of tokens.css', () => {
    expect(resolveTheme('dark')).toEqual({ base: 'dark', tokens: undefined });
    expect(resolveTheme({ tokens: { accent: '#7a1fa2', 'font-family': 'serif', radius: '0' } })).toEqual({
      base: 'light',
      tokens: { '--ss-color-accent': '#7a1fa2', '--ss-font-family': 'serif', '--ss-radius': '0' },
    });
  });
});

describe('seller', () => {
  const seller = createMockApi().store.getContext();

  it('takes the body of GET /context as it is', () => {
    const result = parseHostProps({ ...valid, seller });
    expect(result.ok && result.props.seller).toEqual(seller);
  });

  it('refuses anything else, by name', () => {
    expect(refused({ seller: { ...seller, seller: { ...seller.seller, taxId: 'n/a' } } })).toEqual([
      'seller',
    ]);
    expect(refused({ seller: seller.seller })).toEqual(['seller']);
    expect(refused({ seller: 'ООО «Ромашка»' })).toEqual(['seller']);
  });
});

describe('prefill and hidden topics', () => {
  it('takes a topic, order ids and topics to hide', () => {
    const result = parseHostProps({
      ...valid,
      initialTopic: 'parcel_location',
      initialOrderIds: ['87412-0093-1', '87398-0041-2'],
      hiddenTopics: ['fraud', 'warranty'],
    });
    expect(result.ok && result.props).toMatchObject({
      initialTopic: 'parcel_location',
      initialOrderIds: ['87412-0093-1', '87398-0041-2'],
      hiddenTopics: ['fraud', 'warranty'],
    });
  });

  it('refuses an unknown topic', () => {
    expect(refused({ initialTopic: 'returns' })).toEqual(['initialTopic']);
    expect(refused({ hiddenTopics: ['fraud', 'returns'] })).toEqual(['hiddenTopics']);
    expect(refused({ hiddenTopics: 'fraud' })).toEqual(['hiddenTopics']);
  });

  it('refuses empty order ids, ids that are not strings and more than 20 orders', () => {
    expect(refused({ initialOrderIds: [''] })).toEqual(['initialOrderIds']);
    expect(refused({ initialOrderIds: [87412] })).toEqual(['initialOrderIds']);
    expect(refused({ initialOrderIds: '87412-0093-1' })).toEqual(['initialOrderIds']);
    const ids = Array.from({ length: 21 }, (_, index) => `order-${index}`);
    expect(refused({ initialOrderIds: ids.slice(0, 20) })).toEqual([]);
    expect(refused({ initialOrderIds: ids })).toEqual(['initialOrderIds']);
  });

  it('refuses hiding every topic', () => {
    expect(parseHostProps({ ...valid, hiddenTopics: [...topics] })).toEqual({
      ok: false,
      problems: [{ prop: 'hiddenTopics', missing: false, conflict: 'allTopicsHidden' }],
    });
    expect(refused({ hiddenTopics: topics.slice(1) })).toEqual([]);
  });

  it('refuses hiding the topic the form should open with', () => {
    expect(parseHostProps({ ...valid, initialTopic: 'fraud', hiddenTopics: ['payments', 'fraud'] })).toEqual({
      ok: false,
      problems: [{ prop: 'hiddenTopics', missing: false, conflict: 'initialTopicHidden' }],
    });
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

  it('keeps a theme with valid tokens, and drops one with a bad token', () => {
    const theme = { base: 'dark', tokens: { accent: '#7a1fa2' } };
    expect(failSafeProps({ theme }).theme).toEqual(theme);
    expect(failSafeProps({ theme: { tokens: { accent: 'red;}' } } }).theme).toBe('light');
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('falls back to Russian, light and no callback for values it cannot use', () => {
    // A page in a language the module does not speak, in a browser set to another such language.
    vi.stubGlobal('document', { documentElement: { lang: 'de' } });
    vi.stubGlobal('navigator', { language: 'fr-FR' });
    expect(failSafeProps({ locale: 'de', theme: 'sepia', nonce: 1, onEvent: 'log' })).toEqual({
      locale: 'ru',
      theme: 'light',
      nonce: undefined,
      onEvent: undefined,
    });
  });

  it('shows an invalid locale’s error in the page’s language, else the browser’s', () => {
    vi.stubGlobal('document', { documentElement: { lang: 'en-GB' } });
    vi.stubGlobal('navigator', { language: 'ru-RU' });
    expect(failSafeProps({ locale: 'english' }).locale).toBe('en');
    vi.stubGlobal('document', { documentElement: { lang: '' } });
    vi.stubGlobal('navigator', { language: 'en-US' });
    expect(failSafeProps({ locale: 'EN' }).locale).toBe('en');
    // A valid locale is the host's choice, whatever the page says.
    expect(failSafeProps({ locale: 'ru' }).locale).toBe('ru');
  });
});

describe('what an entry reads before the schema is here', () => {
  // src/app/first-screen.ts reads the locale and the base path without zod, to preload the first
  // screen's words and files: it must read them as the schema does.
  const samples: unknown[] = [
    undefined,
    'ru',
    'en',
    'EN',
    'de',
    '',
    null,
    42,
    '/support',
    '/',
    '//evil.example',
    'support',
    '/кабинет/поддержка',
  ];

  it('takes the locale the frame will speak', () => {
    vi.stubGlobal('document', { documentElement: { lang: 'en-GB' } });
    vi.stubGlobal('navigator', { language: 'ru-RU' });
    for (const locale of samples) {
      expect(localeOfProp(locale), String(locale)).toBe(failSafeProps({ ...valid, locale }).locale);
    }
  });

  it('takes the base path the props will have, or none where they are refused for it', () => {
    for (const basePath of samples) {
      const parsed = parseHostProps({ ...valid, basePath });
      expect(basePathOfProp(basePath), String(basePath)).toBe(parsed.ok ? parsed.props.basePath : null);
    }
  });
});
