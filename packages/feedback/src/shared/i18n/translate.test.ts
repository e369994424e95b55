import { describe, expect, it } from 'vitest';
import { en, ru } from '../../testing/messages';
import type { Messages } from './messages';
import { createTranslator } from './translate';

// Intl separates thousands in Russian with a no-break space.
const nbsp = '\u00a0';

describe('createTranslator', () => {
  it('returns plain messages in the chosen language', () => {
    expect(createTranslator('ru', ru)('ask.title')).toBe('Поддержка продавцов');
    expect(createTranslator('en', en)('ask.title')).toBe('Seller support');
  });

  it('fills {name} placeholders', () => {
    const t = createTranslator('en', en);
    expect(t('module.invalidProps.invalid', { prop: 'apiBaseUrl', expected: 'expected a URL' })).toBe(
      'apiBaseUrl: expected a URL',
    );
  });

  it('picks Russian plural forms by count', () => {
    const t = createTranslator('ru', ru);
    expect(t('ask.identity.orders', { count: 1 })).toBe('1 заказ');
    expect(t('ask.identity.orders', { count: 3 })).toBe('3 заказа');
    expect(t('ask.identity.orders', { count: 5 })).toBe('5 заказов');
    expect(t('ask.identity.orders', { count: 21 })).toBe('21 заказ');
    expect(t('ask.identity.orders', { count: 1834 })).toBe(`1${nbsp}834 заказа`);
    expect(t('ask.identity.period', { count: 90 })).toBe('за 90 дней');
  });

  it('picks English plural forms by count', () => {
    const t = createTranslator('en', en);
    expect(t('ask.identity.orders', { count: 1 })).toBe('1 order');
    expect(t('ask.identity.orders', { count: 1834 })).toBe('1,834 orders');
    expect(t('ask.identity.period', { count: 1 })).toBe('in the last day');
  });

  it('keeps a placeholder visible when its parameter is missing at run time', () => {
    const messages: Messages = { ...en, ask: { ...en.ask, title: 'Hello {who}' } };
    expect(createTranslator('en', messages)('ask.title')).toBe('Hello {who}');
  });

  it('type-checks keys, parameters and completeness of English', () => {
    const t = createTranslator('en', en);
    // @ts-expect-error an unknown key does not type-check
    expect(t('ask.nope')).toBe('ask.nope');
    // @ts-expect-error a plural message requires `count`
    expect(t('ask.identity.orders')).toBe('{count} orders');

    const withoutCommon = { module: en.module, errors: en.errors, ask: en.ask };
    // @ts-expect-error a language missing a key is not `Messages`
    const incomplete: Messages = withoutCommon;
    expect(incomplete).toBeDefined();
  });
});
