import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate';
import { en, ru } from '../../testing/messages';
import type { Failure } from './error-kind';
import { failureMessage, waitText } from './failure-message';

const ruT = createTranslator('ru', ru);
const enT = createTranslator('en', en);
const now = Date.parse('2026-11-25T12:00:00+03:00');

describe('failureMessage', () => {
  const kinds = [
    'network',
    'timeout',
    'server',
    'unauthorized',
    'forbidden',
    'notFound',
    'conflict',
    'tooLarge',
    'unsupportedType',
    'validation',
    'malformed',
    'unknown',
  ] as const;

  it('words every kind of failure in both languages, each its own', () => {
    for (const t of [ruT, enT]) {
      const messages = kinds.map((kind) => failureMessage(t, { kind }));
      for (const message of messages) expect(message).not.toMatch(/^errors\./);
      expect(new Set(messages).size).toBe(kinds.length);
    }
  });

  it('says how long a 429 asks to wait, in the unit that reads well, and without a wait says so', () => {
    const wait = (seconds: number): Failure => ({ kind: 'rateLimited', wait: { seconds, until: now } });
    expect(failureMessage(ruT, wait(1))).toContain('подождать 1 секунду');
    expect(failureMessage(ruT, wait(30))).toContain('подождать 30 секунд');
    expect(failureMessage(ruT, wait(90))).toContain('подождать 2 минуты');
    expect(failureMessage(enT, wait(3601))).toContain('wait 2 hours');
    expect(failureMessage(enT, { kind: 'rateLimited', wait: null })).toBe(
      'Too many requests in a row. Please try again a little later.',
    );
  });

  it('takes a context’s own words where it has them, and the general ones elsewhere', () => {
    const wording = {
      timeout: 'attachments.failed.timeout',
      rateLimited: 'attachments.failed.rateLimited',
    } as const;
    expect(failureMessage(ruT, { kind: 'timeout' }, wording)).toBe(
      'Сервер не ответил вовремя. Повторите загрузку: если файл уже дошёл, второй копии не будет.',
    );
    expect(failureMessage(ruT, { kind: 'rateLimited', wait: { seconds: 5, until: now } }, wording)).toBe(
      'Слишком много загрузок подряд. Повторите через 5 секунд.',
    );
    expect(failureMessage(ruT, { kind: 'network' }, wording)).toBe(failureMessage(ruT, { kind: 'network' }));
  });

  it('never says a wait shorter than it is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (seconds) => {
        const [count = '', unit = ''] = waitText(enT, seconds).replace(/,/g, '').split(' ');
        const factor = unit.startsWith('hour') ? 3600 : unit.startsWith('minute') ? 60 : 1;
        expect(Number(count) * factor).toBeGreaterThanOrEqual(seconds);
      }),
    );
  });
});
