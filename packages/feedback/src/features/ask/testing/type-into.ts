import { fireEvent } from 'storybook/test';

/**
 * Puts text into an input inside the module, for a story's play function: user-event types into
 * `document.activeElement`, which is the shadow host, not the input inside it.
 */
export async function typeInto(input: HTMLElement, text: string): Promise<void> {
  await fireEvent.change(input, { target: { value: text } });
}
