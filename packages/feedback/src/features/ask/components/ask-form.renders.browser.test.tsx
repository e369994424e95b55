import type { ComponentType } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { QueryProbe } from '../../../testing/query-probe';
import { renderAskRequest } from '../testing/render-ask-request';
import { helpArticlesDebounceMs } from './help-articles/help-articles';
import type * as SharedUiModule from '@seller-support/ui';
import type * as OrderPickerModule from './order-picker/order-picker';
import type * as AttachmentFieldModule from '../../../shared/attachments/attachment-field';
import type * as HelpArticlesModule from './help-articles/help-articles';
import type * as TopicFieldsModule from './topic-fields';
import type * as TextFieldsModule from './text-fields';

/**
 * How often the heavy parts of the form render. Each is wrapped by a counting component, so a
 * render of the wrapper is a render its parent asked for: what a keystroke elsewhere must not do.
 */
const renders = vi.hoisted(() => new Map<string, number>());

function counted<P extends object>(name: string, Component: ComponentType<P>): ComponentType<P> {
  return function Counted(props: P) {
    renders.set(name, (renders.get(name) ?? 0) + 1);
    return <Component {...props} />;
  };
}

vi.mock('@seller-support/ui', async (importOriginal) => {
  const original = await importOriginal<typeof SharedUiModule>();
  return { ...original, ContextSnapshotCard: counted('snapshot', original.ContextSnapshotCard) };
});
vi.mock('./order-picker/order-picker', async (importOriginal) => {
  const original = await importOriginal<typeof OrderPickerModule>();
  return { ...original, OrderPicker: counted('orders', original.OrderPicker) };
});
vi.mock('../../../shared/attachments/attachment-field', async (importOriginal) => {
  const original = await importOriginal<typeof AttachmentFieldModule>();
  return { ...original, AttachmentField: counted('attachments', original.AttachmentField) };
});
vi.mock('./help-articles/help-articles', async (importOriginal) => {
  const original = await importOriginal<typeof HelpArticlesModule>();
  return { ...original, HelpArticles: counted('help', original.HelpArticles) };
});
vi.mock('./topic-fields', async (importOriginal) => {
  const original = await importOriginal<typeof TopicFieldsModule>();
  return { ...original, OrderActionFields: counted('topicFields', original.OrderActionFields) };
});
vi.mock('./text-fields', async (importOriginal) => {
  const original = await importOriginal<typeof TextFieldsModule>();
  return { ...original, LimitedTextField: counted('textFields', original.LimitedTextField) };
});

const keystrokes = 12;

describe('AskForm renders', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a keystroke in the description re-renders that field, not the form', async () => {
    const { scenario } = await renderAskRequest({ after: <QueryProbe queryKey={[]} testId="queries" /> });
    const description = page.getByRole('textbox', { name: 'Описание', exact: true });
    await expect.element(page.getByRole('listbox', { name: 'Найденные заказы' })).toBeVisible();
    // The first screen's data (context, policy, orders), every answer rendered and nothing more
    // on its way: the baseline is taken after the first renders, however slow they were.
    const firstScreen = ['getContext', 'getPolicy', 'listOrders'] as const;
    const queries = page.getByTestId('queries');
    await expect.element(queries).toHaveAttribute('data-answered', String(firstScreen.length));
    await expect.element(queries).toHaveAttribute('data-started', String(firstScreen.length));
    expect(firstScreen.map((endpoint) => scenario.calls(endpoint))).toEqual([1, 1, 1]);
    // The closed preview's card comes in when the browser is first idle: in before the baseline.
    await expect.poll(() => renders.get('snapshot') ?? 0).toBeGreaterThan(0);
    const before = new Map(renders);

    // The pause that lets the help articles hear the text is fake time: typing slowly makes none.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await userEvent.type(description, 'а б '.repeat(keystrokes / 4));
    expect(description.element()).toHaveValue('а б '.repeat(keystrokes / 4));
    const grown = (name: string) => (renders.get(name) ?? 0) - (before.get(name) ?? 0);

    // Typing reaches none of these: their parents do not re-render.
    expect(grown('snapshot')).toBe(0);
    expect(grown('orders')).toBe(0);
    expect(grown('attachments')).toBe(0);
    expect(grown('topicFields')).toBe(0);
    // Nor the subject's field (or the form around both text fields).
    expect(grown('textFields')).toBe(0);
    // Help articles hear the text once typing pauses, not on each keystroke.
    expect(grown('help')).toBe(0);
    await vi.advanceTimersByTimeAsync(helpArticlesDebounceMs);
    await expect.poll(() => grown('help')).toBe(1);
  });
});
