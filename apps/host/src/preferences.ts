/**
 * The demo cabinet's language and colour scheme: chosen in its header, kept in localStorage so a
 * designer's choice survives a reload, and handed to the support module as its `locale` and
 * `theme` props. A real cabinet has its own settings; the module only needs the two props.
 */
export const cabinetLocales = ['ru', 'en'] as const;
export type CabinetLocale = (typeof cabinetLocales)[number];

export const cabinetThemes = ['light', 'dark'] as const;
export type CabinetTheme = (typeof cabinetThemes)[number];

export interface CabinetPreferences {
  readonly locale: CabinetLocale;
  readonly theme: CabinetTheme;
}

export const defaultPreferences: CabinetPreferences = { locale: 'ru', theme: 'light' };

export const preferencesStorageKey = 'seller-cabinet:preferences';

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return values.some((candidate) => candidate === value);
}

/** What was stored, read tolerantly: a value this version does not know falls back to the default. */
export function parsePreferences(value: unknown): CabinetPreferences {
  if (typeof value !== 'object' || value === null) return defaultPreferences;
  const locale = 'locale' in value ? value.locale : undefined;
  const theme = 'theme' in value ? value.theme : undefined;
  return {
    locale: isOneOf(cabinetLocales, locale) ? locale : defaultPreferences.locale,
    theme: isOneOf(cabinetThemes, theme) ? theme : defaultPreferences.theme,
  };
}

// Storage may be absent or refuse (a private window, a full quota): the demo then forgets, nothing more.
export function loadPreferences(storage?: Storage): CabinetPreferences {
  try {
    const stored = (storage ?? localStorage).getItem(preferencesStorageKey);
    return stored === null ? defaultPreferences : parsePreferences(JSON.parse(stored));
  } catch {
    return defaultPreferences;
  }
}

export function savePreferences(preferences: CabinetPreferences, storage?: Storage): void {
  try {
    (storage ?? localStorage).setItem(preferencesStorageKey, JSON.stringify(preferences));
  } catch {
    // Not kept: the choice still applies to this page.
  }
}
