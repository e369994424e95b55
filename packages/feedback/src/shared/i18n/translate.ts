import { createTranslator as createTranslatorOf } from '@seller-support/ui';
import type { Locale, MessageSource, Namespaces, Translate } from './messages';

/**
 * Builds `t` for one language of the module: the shared components' translator, typed by the
 * module's namespaces. Numbers in parameters are formatted for the locale; a missing parameter
 * stays visible as `{name}`.
 */
export const createTranslator: (locale: Locale, messages: MessageSource) => Translate =
  createTranslatorOf<Namespaces>;
