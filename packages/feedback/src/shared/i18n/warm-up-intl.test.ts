import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmUpIntl } from './warm-up-intl';

const originals = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat };

/** Counts the number and date formats built from now on (the real ones, built as before). */
function countBuilt() {
  const built = { NumberFormat: 0, DateTimeFormat: 0 };
  class CountedNumberFormat extends originals.NumberFormat {
    constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      super(...args);
      built.NumberFormat += 1;
    }
  }
  class CountedDateTimeFormat extends originals.DateTimeFormat {
    constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      super(...args);
      built.DateTimeFormat += 1;
    }
  }
  Object.assign(Intl, { NumberFormat: CountedNumberFormat, DateTimeFormat: CountedDateTimeFormat });
  return built;
}

/** A browser's idle callbacks, run when the test says the browser is idle. */
function stubIdle() {
  const pending = new Map<number, IdleRequestCallback>();
  let next = 0;
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
    next += 1;
    pending.set(next, callback);
    return next;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => pending.delete(id));
  return {
    pending,
    idle: () => {
      for (const [id, callback] of pending) {
        pending.delete(id);
        callback({ didTimeout: false, timeRemaining: () => 50 });
      }
    },
  };
}

afterEach(() => {
  Object.assign(Intl, originals);
  vi.unstubAllGlobals();
});

describe('warmUpIntl', () => {
  it('builds one number and one date format of the language when the browser is idle, once a page', () => {
    const built = countBuilt();
    const browser = stubIdle();
    warmUpIntl('en');
    expect(built).toEqual({ NumberFormat: 0, DateTimeFormat: 0 });
    browser.idle();
    expect(built).toEqual({ NumberFormat: 1, DateTimeFormat: 1 });
    // Done for this language: a second provider asks for nothing more.
    warmUpIntl('en');
    expect(browser.pending.size).toBe(0);
  });

  it('does nothing once cancelled (the provider unmounted before the browser was idle)', () => {
    const built = countBuilt();
    const browser = stubIdle();
    warmUpIntl('ru')();
    browser.idle();
    expect(built).toEqual({ NumberFormat: 0, DateTimeFormat: 0 });
  });
});
