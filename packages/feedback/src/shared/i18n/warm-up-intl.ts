import type { Locale } from './messages';

const warmed = new Set<Locale>();

/**
 * Builds and drops one number and one date format of `locale` at the browser's next idle moment,
 * once per language and page; returns what cancels it (a provider that unmounts first).
 *
 * Chromium takes 10 ms or more (12–18 ms on the 2-core development machine) over the page's
 * first `Intl.NumberFormat` or `Intl.DateTimeFormat`, whichever it is (ICU reads its data and the
 * language's patterns); the ones after it take a fraction of a millisecond. The first screen
 * formats amounts and dates in the render that follows its data (the orders, when the first answer
 * is due), so that first build is done while the page still waits for the data. The formatters
 * themselves are still built when first used (`createFormatter`, `createTranslator`). Where there
 * is no `requestIdleCallback` (Safari), nothing is done: the first use pays, as before.
 */
export function warmUpIntl(locale: Locale): () => void {
  if (warmed.has(locale) || typeof requestIdleCallback !== 'function') return () => undefined;
  const id = requestIdleCallback(() => {
    if (warmed.has(locale)) return;
    warmed.add(locale);
    new Intl.NumberFormat(locale).format(0);
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(0);
  });
  return () => cancelIdleCallback(id);
}
