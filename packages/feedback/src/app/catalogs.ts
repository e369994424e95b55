import type { Locale, Messages } from '../shared/i18n';
import { en } from './catalog-en';
import { ru } from './catalog-ru';

/**
 * Both languages at once, for tests, stories and the dev harness, which check texts in either.
 * The module itself loads one language at a time (load-catalog.ts).
 */
export const catalogs: Readonly<Record<Locale, Messages>> = { ru, en };
export { en, ru };
