import { waitFor, within } from 'storybook/test';

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
