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
