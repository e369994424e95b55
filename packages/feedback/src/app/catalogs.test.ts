import { snapshotRu } from '@seller-support/ui/messages/snapshot';
import { snapshotEn } from '@seller-support/ui/messages/snapshot.en';
import { describe, expect, it } from 'vitest';
import type { Locale, MessagePart } from '../shared/i18n';
import { catalogProblems } from '../testing/catalog-check';
import { catalogs, en, ru } from './catalogs';
import { loadCatalog, messagePacks } from './load-catalog';

/** The packs of a language put together as the translator reads them: a namespace's groups side by side. */
function merged(parts: readonly MessagePart[]): Record<string, Record<string, unknown>> {
  const whole: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [namespace, groups] of Object.entries(part))
      whole[namespace] = { ...whole[namespace], ...groups };
  }
  return whole;
}

describe('the languages', () => {
  it('English has every message of Russian, and no other, with the same placeholders', () => {
    expect(catalogProblems(ru, en)).toEqual([]);
  });

  it("the shared card's catalogs, which the desk registers too, are whole in English and are the module's own", () => {
    expect(catalogProblems(snapshotRu, snapshotEn)).toEqual([]);
    // The very catalogs of @seller-support/ui, not a copy that could drift from what the desk shows.
    expect(ru.snapshot).toBe(snapshotRu);
    expect(en.snapshot).toBe(snapshotEn);
  });

  it.each<Locale>(['ru', 'en'])('the message packs of %s together are the whole language', async (locale) => {
    const parts = await loadCatalog(locale, messagePacks);
    expect(merged(parts)).toEqual(catalogs[locale]);
  });

  it('a message missing, one too many, or a placeholder renamed is found', () => {
    const askWithoutTitle = Object.fromEntries(Object.entries(en.ask).filter(([key]) => key !== 'title'));
    const translation = {
      ...en,
      ask: { ...askWithoutTitle, identity: { ...en.ask.identity, dealsSummary: '{orders} {days}' } },
      common: { ...en.common, extra: 'Not in Russian' },
    };
    expect(catalogProblems(ru, translation)).toEqual([
      'common.extra: not in Russian',
      'ask.title: missing',
      'ask.identity.dealsSummary: placeholders {orders}, {period}, {turnover} in Russian, {orders}, {days} here',
    ]);
  });
});
