import { use } from 'react';
import { UiI18nContext, type UiI18n } from './ui-i18n';

/**
 * The app's translator and formatter, for the shared components: `const { t, format } = useUiI18n()`.
 * Apart from the context, which an app's frame provides at once, while the components that read it
 * may come later (the seller's module loads the card with the screens that show it).
 */
export function useUiI18n(): UiI18n {
  const value = use(UiI18nContext);
  if (value === null) throw new Error('No <UiI18nContext> above a shared component.');
  return value;
}
