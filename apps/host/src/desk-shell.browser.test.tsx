import './styles.css';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { renderShell } from './shell';

let header: HTMLElement;

beforeEach(() => {
  header = document.createElement('header');
  header.innerHTML = `
    <a class="cabinet-name" href="/" data-area-only="cabinet">Маркет · Кабинет продавца</a>
    <div class="desk-shell" data-area-only="desk" hidden>
      <p class="cabinet-name">Рабочее место модератора</p>
    </div>
    <nav class="cabinet-nav" aria-label="Разделы кабинета" data-area-only="cabinet">
      <ul><li><a href="/support">Поддержка</a></li></ul>
    </nav>`;
  document.body.append(header);
});

afterEach(() => {
  header.remove();
  renderShell('/');
});

describe("the desk's shell at /desk", () => {
  it("takes the cabinet's place on the desk and gives it back on the cabinet's pages", async () => {
    renderShell('/desk/tickets/T-000123');
    await expect.element(page.getByText('Рабочее место модератора')).toBeVisible();
    await expect.element(page.getByText('Маркет · Кабинет продавца')).not.toBeVisible();
    await expect.element(page.getByText('Поддержка')).not.toBeVisible();
    expect(document.title).toBe('Рабочее место модератора');

    renderShell('/support');
    await expect.element(page.getByText('Маркет · Кабинет продавца')).toBeVisible();
    await expect.element(page.getByText('Рабочее место модератора')).not.toBeVisible();
    await expect.element(page.getByRole('navigation', { name: 'Разделы кабинета' })).toBeVisible();
    await expect.element(page.getByText('Поддержка')).toBeVisible();
  });
});
