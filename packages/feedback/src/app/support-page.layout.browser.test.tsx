import { FetchApiClient } from '@seller-support/contract';
import { createMockApi } from '@seller-support/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { DraftStoreProvider } from '../features/ask/drafts/draft-store-context';
import { createMemoryDraftStore } from '../features/ask/drafts/draft-store';
import { fieldIds } from '../features/ask/model/field-paths';
import type { Locale } from '../shared/i18n';
import { useRoute } from '../shared/routing/router';
import { focusedInModule, moduleRoot } from '../testing/dom';
import { createMockFetch } from '../testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../testing/module-harness';
import { ModuleNav } from './module-nav';
import { SupportPage } from './support-page';

// The support page as the cabinet shows it (the module's nav, then the page), in a slot of the
// window's size at the top of the page: what a seller sees first on a phone and on a laptop.

function Page() {
  const route = useRoute();
  return (
    <>
      {route !== null && <ModuleNav route={route} />}
      <SupportPage profileUrl="/cabinet/profile" />
    </>
  );
}

const words = {
  ru: { more: 'Ещё 10 способов связи' },
  en: { more: '10 more ways to reach us' },
} as const;

/** A part of the page by its id or class: the test is about where things are, not what they are called. */
function part(selector: string): Element {
  const element = moduleRoot().querySelector(selector);
  if (element === null) throw new Error(`${selector} is missing.`);
  return element;
}

async function renderSupportPage(width: number, height: number, locale: Locale = 'ru') {
  await page.viewport(width, height);
  document.body.style.margin = '0';
  const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch(mockApi.handlers),
  });
  await render(
    <div style={{ width: `${width}px` }}>
      <ModuleHarness api={api} locale={locale}>
        <DraftStoreProvider store={createMemoryDraftStore()}>
          <Page />
        </DraftStoreProvider>
      </ModuleHarness>
    </div>,
  );
  await expect.element(page.getByRole('radio').first()).toBeVisible();
  // The default topic asks for orders: the form is whole once they have loaded.
  await expect.element(page.getByRole('option').first()).toBeVisible();
  return {
    form: () => part('form.ask-form'),
    subject: () => part(`#${fieldIds.subject}`),
    description: () => part(`#${fieldIds.description}`),
    aside: () => part('.support-screen__aside'),
  };
}

const box = (element: Element | null) => {
  if (element === null) throw new Error('Part of the page is missing.');
  return element.getBoundingClientRect();
};

afterEach(() => {
  document.body.style.margin = '';
});

describe('the support page: the question first', () => {
  it.each([
    [1280, 800, 'ru'],
    [390, 844, 'ru'],
    [390, 844, 'en'],
  ] as const)(
    'at %i×%i (%s), the topics, the subject and the description start in the first screen',
    async (width, height, locale) => {
      const { subject, description } = await renderSupportPage(width, height, locale);
      for (const radio of page.getByRole('radiogroup').first().getByRole('radio').elements()) {
        expect(box(radio).bottom).toBeLessThanOrEqual(height);
      }
      expect(box(subject()).bottom).toBeLessThanOrEqual(height);
      expect(box(description()).top).toBeLessThan(height);
    },
  );

  it('keeps a fresh form at 1280×800 within about two and a half screens', async () => {
    const { form } = await renderSupportPage(1280, 800);
    expect(box(form()).height).toBeLessThanOrEqual(2000);
  });

  it('puts the other channels beside the form where there is room, and under it on a phone', async () => {
    const wide = await renderSupportPage(1280, 800);
    expect(box(wide.aside()).left).toBeGreaterThanOrEqual(box(wide.form()).right);
    expect(box(wide.aside()).top).toBeLessThan(800);
  });

  it('on a phone, the form comes first and the channels after it', async () => {
    const narrow = await renderSupportPage(390, 844);
    expect(box(narrow.aside()).top).toBeGreaterThanOrEqual(box(narrow.form()).bottom);
  });
});

describe('the support page from 320 px', () => {
  it.each(['ru', 'en'] as const)(
    'has no horizontal scroll and shows order ids and amounts whole (%s)',
    async (locale) => {
      await renderSupportPage(320, 640, locale);
      await page.getByText(words[locale].more).click();
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      const root = moduleRoot();
      const content = root.querySelector('.ss-root');
      expect(content?.scrollWidth).toBeLessThanOrEqual(content?.clientWidth ?? 0);
      const options = [...root.querySelectorAll('[role="option"]')];
      expect(options.length).toBeGreaterThan(0);
      for (const option of options) {
        const row = box(option);
        for (const part of option.querySelectorAll('.order-picker__id, .order-picker__total')) {
          // Not cut: the text fits its box, and the box is inside the row.
          expect(part.scrollWidth).toBeLessThanOrEqual(part.clientWidth);
          expect(box(part).right).toBeLessThanOrEqual(row.right);
          expect(getComputedStyle(part).textOverflow).not.toBe('ellipsis');
        }
      }
    },
  );
});

describe('the topics as chips', () => {
  it('are one radio group the keyboard moves through, each a 44 px target, and bring the topic’s fields', async () => {
    await renderSupportPage(390, 844);
    const chips = page.getByRole('radiogroup').first().getByRole('radio');
    expect(chips.elements()).toHaveLength(8);
    for (const radio of chips.elements()) {
      expect(box(radio.closest('label')).height).toBeGreaterThanOrEqual(44);
    }
    const orders = page.getByRole('radio', { name: 'Заказы' });
    await expect.element(orders).toBeChecked();

    // From the identity line, one Tab reaches the chosen topic (one stop for the group); arrows choose another.
    const identityLine = moduleRoot().querySelector('.identity summary');
    if (!(identityLine instanceof HTMLElement)) throw new Error('The identity line is missing.');
    identityLine.focus();
    await userEvent.tab();
    expect(focusedInModule()).toBe(orders.element());
    await userEvent.keyboard('{ArrowRight}');
    const complaint = page.getByRole('radio', { name: 'Жалоба на сотрудников' });
    await expect.element(complaint).toBeChecked();
    expect(focusedInModule()).toBe(complaint.element());
    await expect.element(page.getByText('Сотрудники склада или пункта выдачи')).toBeVisible();
    await expect.element(page.getByRole('combobox', { name: /^Склад или пункт выдачи/ })).toBeVisible();
    await userEvent.keyboard('{ArrowLeft}');
    await expect.element(orders).toBeChecked();
    await expect
      .element(page.getByText('Оформление, изменение, отмена заказа, возврат посылки'))
      .toBeVisible();
  });

  it('ask for the order before its item in a warranty request', async () => {
    await renderSupportPage(1280, 800);
    await page.getByRole('radio', { name: 'Гарантийный ремонт' }).click();
    const order = page.getByRole('group', { name: /^Заказ с товаром/ }).element();
    const item = page.getByRole('combobox', { name: /^Товар/ }).element();
    expect(box(order).bottom).toBeLessThanOrEqual(box(item).top);
  });
});
