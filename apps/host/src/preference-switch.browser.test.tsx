import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import cabinetHtml from '../index.html?raw';
import { createPreferenceSwitch } from './preference-switch';
import { preferencesStorageKey, type CabinetPreferences } from './preferences';
import { setShellLanguage, showSupportUnreadCount } from './shell';

// The cabinet's real page, so every `data-text` key in index.html is checked against the texts.
const cabinetPage = new DOMParser().parseFromString(cabinetHtml, 'text/html');
let header: HTMLElement;

beforeEach(() => {
  localStorage.removeItem(preferencesStorageKey);
  const parsed = cabinetPage.querySelector('header');
  if (parsed === null) throw new Error('index.html has no header');
  header = document.importNode(parsed, true);
  document.body.append(header);
});

afterEach(() => {
  showSupportUnreadCount(0);
  setShellLanguage('ru');
  delete document.documentElement.dataset['theme'];
  header.remove();
  localStorage.removeItem(preferencesStorageKey);
});

const nav = () => page.getByRole('navigation');

describe('the demo cabinet’s language and scheme switches', () => {
  it('switch the shell to English from the keyboard, keep the choice, and tell the cabinet', async () => {
    const onChange = vi.fn<(preferences: CabinetPreferences) => void>();
    createPreferenceSwitch(document, { onChange });
    showSupportUnreadCount(2);

    const language = page.getByRole('group', { name: 'Язык' });
    await expect.element(language.getByRole('radio', { name: 'Русский' })).toBeChecked();
    await expect.element(nav().getByRole('link', { name: 'Поддержка, 2 непрочитанных' })).toBeVisible();

    // A radio group: Tab lands on the chosen one, an arrow chooses the next.
    language.getByRole('radio', { name: 'Русский' }).element().focus();
    await userEvent.keyboard('{ArrowRight}');

    await expect
      .element(page.getByRole('group', { name: 'Language' }).getByRole('radio', { name: 'English' }))
      .toBeChecked();
    await expect.element(page.getByRole('navigation', { name: 'Cabinet sections' })).toBeVisible();
    await expect.element(nav().getByRole('link', { name: 'Dashboard' })).toBeVisible();
    // The unread badge's words follow the language too, and the badge stays one.
    await expect
      .element(nav().getByRole('link', { name: 'Support, 2 unread' }))
      .toHaveTextContent('Support2');
    expect(document.documentElement.lang).toBe('en');
    expect(onChange).toHaveBeenLastCalledWith({ locale: 'en', theme: 'light' });

    await page.getByRole('radio', { name: 'Dark' }).click();
    expect(document.documentElement.dataset['theme']).toBe('dark');
    expect(onChange).toHaveBeenLastCalledWith({ locale: 'en', theme: 'dark' });
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('come back after a reload as the seller left them', async () => {
    localStorage.setItem(preferencesStorageKey, JSON.stringify({ locale: 'en', theme: 'dark' }));
    const switches = createPreferenceSwitch(document, { onChange: () => undefined });

    expect(switches.current()).toEqual({ locale: 'en', theme: 'dark' });
    await expect.element(page.getByRole('radio', { name: 'English' })).toBeChecked();
    await expect.element(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect.element(nav().getByRole('link', { name: 'Orders' })).toBeVisible();
    expect(document.documentElement.dataset['theme']).toBe('dark');
  });

  it('start in Russian and light when what was stored is not a choice they know', async () => {
    localStorage.setItem(preferencesStorageKey, JSON.stringify({ locale: 'de', theme: 'sepia' }));
    createPreferenceSwitch(document, { onChange: () => undefined });

    await expect.element(page.getByRole('radio', { name: 'Русский' })).toBeChecked();
    await expect.element(page.getByRole('radio', { name: 'Светлое' })).toBeChecked();
    await expect.element(nav().getByRole('link', { name: 'Сводка' })).toBeVisible();
  });
});
