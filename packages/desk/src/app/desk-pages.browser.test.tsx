import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createDeskMocks, DeskHarness, harnessBasePath } from '../testing/desk-harness';
import { DeskPages } from './desk-pages';

let pathBefore: string;

beforeEach(() => {
  pathBefore = window.location.pathname;
  window.history.replaceState(null, '', harnessBasePath);
});

afterEach(() => {
  window.history.replaceState(null, '', pathBefore);
});

function activeInDesk(): Element | null {
  return document.querySelector('[data-seller-support-desk]')?.shadowRoot?.activeElement ?? null;
}

describe("the desk's pages", () => {
  it('opens a request from the queue by keyboard, the focus on its heading, and goes back', async () => {
    await render(
      <DeskHarness mocks={createDeskMocks()}>
        <DeskPages />
      </DeskHarness>,
    );
    const link = page.getByRole('link', { name: 'Обращение № 108' });
    await expect.element(link).toBeVisible();
    link.element().focus();
    await userEvent.keyboard('{Enter}');

    const heading = page.getByRole('heading', { level: 1, name: 'Обращение № 108' });
    await expect.element(heading).toBeVisible();
    expect(window.location.pathname).toBe(`${harnessBasePath}/tickets/T-000108`);
    await expect.poll(activeInDesk).toBe(heading.element());

    page.getByRole('link', { name: 'К очереди' }).element().focus();
    await userEvent.keyboard('{Enter}');
    const queue = page.getByRole('heading', { level: 1, name: 'Очередь обращений' });
    await expect.element(queue).toBeVisible();
    await expect.poll(activeInDesk).toBe(queue.element());
  });
});
