import {
  cabinetLocales,
  cabinetThemes,
  loadPreferences,
  preferencesStorageKey,
  savePreferences,
  type CabinetPreferences,
} from './preferences';
import { setShellLanguage } from './shell';

export interface PreferenceSwitchOptions {
  /** The seller chose another language or scheme: the cabinet hands it to the module. */
  onChange: (preferences: CabinetPreferences) => void;
  storage?: Storage | undefined;
}

export interface PreferenceSwitch {
  /** The language and scheme chosen now. */
  current: () => CabinetPreferences;
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return values.some((candidate) => candidate === value);
}

function applyToPage(root: Document, { locale, theme }: CabinetPreferences): void {
  setShellLanguage(locale, root);
  // The shell's own colours follow the scheme too (styles.css), so the module is seen as a host shows it.
  root.documentElement.dataset['theme'] = theme;
}

function check(group: HTMLElement, name: string, value: string): void {
  for (const radio of group.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)) {
    radio.checked = radio.value === value;
  }
}

/**
 * The header's language and scheme switches (two native radio groups in index.html, so the keyboard
 * works as everywhere: Tab into a group, arrows to choose). The choice is kept in localStorage and
 * applied to the shell at once; `onChange` takes it to the module.
 */
export function createPreferenceSwitch(
  root: Document,
  { onChange, storage }: PreferenceSwitchOptions,
): PreferenceSwitch {
  const group = root.querySelector<HTMLElement>('[data-preferences]');
  if (group === null) throw new Error('index.html has no [data-preferences]');
  let preferences = loadPreferences(storage);
  check(group, 'locale', preferences.locale);
  check(group, 'theme', preferences.theme);
  applyToPage(root, preferences);

  const choose = (next: CabinetPreferences) => {
    if (next.locale === preferences.locale && next.theme === preferences.theme) return;
    preferences = next;
    check(group, 'locale', preferences.locale);
    check(group, 'theme', preferences.theme);
    applyToPage(root, preferences);
    onChange(preferences);
  };

  group.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement) || !event.target.checked) return;
    const { name, value } = event.target;
    if (name === 'locale' && isOneOf(cabinetLocales, value)) choose({ ...preferences, locale: value });
    if (name === 'theme' && isOneOf(cabinetThemes, value)) choose({ ...preferences, theme: value });
    savePreferences(preferences, storage);
  });

  // Chosen in another tab of the cabinet: this one follows, an open dialog included (a modal
  // dialog leaves the header out of reach, so this is how it meets a new language).
  root.defaultView?.addEventListener('storage', (event) => {
    if (event.key === preferencesStorageKey) choose(loadPreferences(storage));
  });

  return { current: () => preferences };
}
