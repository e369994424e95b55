import { use } from 'react';
import type { Formatter } from './format';
import { UiI18nContext, type UiI18n, type UiTranslate } from './ui-i18n';

// Apart from the context: an app's frame provides it at once, the components that read it may
// come later (the seller's module loads the card with the screens that show it).

function useUiI18n(): UiI18n {
  const value = use(UiI18nContext);
  if (value === null) throw new Error('Shared components need a <UiI18nContext> above them.');
  return value;
}

/** The translate function of the shared components' namespaces, in the app's language. */
export function useUiT(): UiTranslate {
  return useUiI18n().t;
}

/** Money, number and date formatting in the app's language. */
export function useUiFormat(): Formatter {
  return useUiI18n().format;
}
