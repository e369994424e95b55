import type { Decorator } from '@storybook/react-vite';
import { waitFor, within } from 'storybook/test';
import type { RequestHandler } from 'msw';
import { deskMessagesEn } from '../shared/i18n/messages.en';
import { deskMessagesRu, type DeskMessages } from '../shared/i18n/messages.ru';
import { createDeskMocks, DeskHarness } from './desk-harness';

/** Testing Library queries scoped to the desk's content, inside its shadow root. */
export async function withinDesk(canvasElement: HTMLElement) {
  const content = await waitFor(() => {
    const root = canvasElement
      .querySelector('[data-seller-support-desk]')
      ?.shadowRoot?.querySelector('.ss-root');
    if (!(root instanceof HTMLElement)) throw new Error('The desk has not rendered yet.');
    return root;
  });
  return within(content);
}

/** The messages of the story's language: every story checks both (the stories-en project). */
export function messagesFor(globals: Record<string, unknown>): DeskMessages {
  return globals['locale'] === 'en' ? deskMessagesEn : deskMessagesRu;
}

/** `template` with its `{name}`s filled, as the desk fills them. */
export function filled(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/**
 * The desk's frame for a story, in the toolbar's language and theme, on a fresh copy of the shared
 * mocks (the desk's queue tickets), with the story's `parameters.deskHandlers` answering first.
 */
export const deskDecorator: Decorator = (Story, { globals, parameters }) => {
  const overrides: unknown = parameters['deskHandlers'];
  const handlers = Array.isArray(overrides) ? overrides.filter(isHandler) : [];
  return (
    <DeskHarness
      mocks={createDeskMocks()}
      overrides={handlers}
      locale={globals['locale'] === 'en' ? 'en' : 'ru'}
      theme={globals['theme'] === 'dark' ? 'dark' : 'light'}
    >
      <Story />
    </DeskHarness>
  );
};

function isHandler(value: unknown): value is RequestHandler {
  return typeof value === 'object' && value !== null && 'run' in value && 'info' in value;
}
