import { waitFor, within } from 'storybook/test';
import { createTranslator, type Translate } from '../shared/i18n';
import { en, ru } from './messages';

/**
 * Testing Library queries scoped to the module's content. The module renders into a shadow
 * root, which `within(canvasElement)` cannot see into.
 */
export async function withinModule(canvasElement: HTMLElement) {
  const content = await waitFor(() => {
    const root = canvasElement.querySelector('[data-seller-support]')?.shadowRoot?.querySelector('.ss-root');
    if (!(root instanceof HTMLElement)) throw new Error('The module has not rendered yet.');
    return root;
  });
  return within(content);
}

/**
 * What a story expects in each language where no message says it whole (a size or a percentage
 * as the locale writes it): `inLanguage(globals, { ru: '2,2 МБ', en: '2.2 MB' })`.
 */
export function inLanguage<T>(globals: Record<string, unknown>, texts: { ru: T; en: T }): T {
  return globals['locale'] === 'en' ? texts.en : texts.ru;
}

/** A pattern matching `text` anywhere, for a message that is part of a longer name or text. */
export function containing(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** A pattern matching a name or text that begins with `text`. */
export function startingWith(text: string): RegExp {
  return new RegExp(`^${containing(text).source}`);
}

/**
 * The part of a message before its `{param}`: for a text whose parameter a story does not pin
 * (a time of day, an id), pass the placeholder itself (`t(key, { time: '{time}' })`) and cut there.
 */
export function upTo(message: string, param: string): string {
  return message.split(`{${param}}`)[0] ?? message;
}

/** The story's messages: a play function checks the texts of the language the story renders in. */
export function translatorFor({ globals }: { globals: Record<string, unknown> }): Translate {
  return globals['locale'] === 'en' ? createTranslator('en', en) : createTranslator('ru', ru);
}

/** The texts `aria-describedby` points at, in its order; every id must resolve inside the shadow root. */
export function describedByTexts(element: HTMLElement): string[] {
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/).filter(Boolean) ?? [];
  const root = element.getRootNode();
  if (!(root instanceof ShadowRoot)) throw new Error('The element is not inside the module.');
  return ids.map((id) => {
    const target = root.getElementById(id);
    if (target === null) throw new Error(`aria-describedby points at a missing #${id}.`);
    return target.textContent;
  });
}

/**
 * The client's limit for an answer in a story: a story of a stalled server sets
 * `parameters.requestTimeoutMs`, so it does not wait the real limit.
 */
export function storyTimeoutMs(parameters: Record<string, unknown>): number | undefined {
  const value = parameters['requestTimeoutMs'];
  return typeof value === 'number' ? value : undefined;
}

/**
 * The widths every screen is checked at: the narrowest phone the module supports, a common phone,
 * a tablet and a laptop. Storybook's viewport menu lists them; the stories' second test run
 * renders every story at `phone320` (vitest.config.ts).
 */
export const storyViewports = {
  phone320: { name: 'Phone, 320 px', styles: { width: '320px', height: '640px' }, type: 'mobile' },
  phone: { name: 'Phone, 390 px', styles: { width: '390px', height: '844px' }, type: 'mobile' },
  tablet: { name: 'Tablet, 768 px', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop: { name: 'Desktop, 1280 px', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;

/** A story's globals at one of {@link storyViewports}: `globals: atViewport('phone')`. */
export function atViewport(name: keyof typeof storyViewports) {
  return { viewport: { value: name, isRotated: false } };
}
