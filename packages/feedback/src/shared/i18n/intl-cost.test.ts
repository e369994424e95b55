import { afterEach, describe, expect, it } from 'vitest';
import { createFormatter } from '@seller-support/ui';
import { ru } from '../../testing/messages';
import { createTranslator } from './translate';

const built = { DateTimeFormat: 0, NumberFormat: 0, PluralRules: 0 };
const originals = {
  DateTimeFormat: Intl.DateTimeFormat,
  NumberFormat: Intl.NumberFormat,
  PluralRules: Intl.PluralRules,
};

/** Counts the Intl objects built from now on (the real ones, built as before). */
function countBuilt(): typeof built {
  built.DateTimeFormat = 0;
  built.NumberFormat = 0;
  built.PluralRules = 0;
  class CountedDateTimeFormat extends originals.DateTimeFormat {
    constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      super(...args);
      built.DateTimeFormat += 1;
    }
  }
  class CountedNumberFormat extends originals.NumberFormat {
    constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      super(...args);
      built.NumberFormat += 1;
    }
  }
  class CountedPluralRules extends originals.PluralRules {
    constructor(...args: ConstructorParameters<typeof Intl.PluralRules>) {
      super(...args);
      built.PluralRules += 1;
    }
  }
  Object.assign(Intl, {
    DateTimeFormat: CountedDateTimeFormat,
    NumberFormat: CountedNumberFormat,
    PluralRules: CountedPluralRules,
  });
  return built;
}

afterEach(() => {
  Object.assign(Intl, originals);
});

// Each screen's language provider makes a translator and a formatter; building an Intl object
// costs milliseconds of the first screen's main thread, so none is built before it is used.
describe('the language providers’ Intl objects', () => {
  it('are built when first used, once per language, however many translators and formatters there are', () => {
    // Intl's own spelling (no-break spaces), taken before counting starts.
    const expectedCount = `${new Intl.NumberFormat('ru').format(1834)} заказа`;
    const expectedDate = new Intl.DateTimeFormat('ru', {
      dateStyle: 'medium',
      timeZone: 'Europe/Moscow',
    }).format(new Date('2026-11-25T19:10:00Z'));
    const count = countBuilt();
    const translators = [createTranslator('ru', ru), createTranslator('ru', ru)];
    const formatters = [createFormatter('ru', 'Europe/Moscow'), createFormatter('ru', 'Europe/Moscow')];
    expect(translators.map((t) => t('ask.title'))).toEqual(['Поддержка продавцов', 'Поддержка продавцов']);
    expect(count).toEqual({ DateTimeFormat: 0, NumberFormat: 0, PluralRules: 0 });

    expect(translators.map((t) => t('ask.identity.orders', { count: 1834 }))).toEqual([
      expectedCount,
      expectedCount,
    ]);
    expect(formatters.map((format) => format.date('2026-11-25T19:10:00Z'))).toEqual([
      expectedDate,
      expectedDate,
    ]);
    expect(count).toEqual({ DateTimeFormat: 1, NumberFormat: 1, PluralRules: 1 });
  });
});
