import { unknownValueAttributes } from '@seller-support/ui';
import type { Translate } from '../i18n';

/**
 * What marks an element that shows a value this version of the module does not know (a status, a
 * type) in neutral words: the raw value stays in the page for support, as a data attribute and a
 * title, without the seller having to read an identifier.
 */
export function unknownValueProps(t: Translate, value: string) {
  return unknownValueAttributes(value, t('common.serverValue', { value }));
}
