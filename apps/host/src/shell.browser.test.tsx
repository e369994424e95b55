import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { recordModuleEvent } from './module-events';

let nav: HTMLElement;

beforeEach(() => {
  nav = document.createElement('nav');
  nav.className = 'cabinet-nav';
  nav.setAttribute('aria-label', 'Разделы кабинета');
  nav.innerHTML = `<ul>
    <li><a href="/" data-shell-link>Сводка</a></li>
    <li><a href="/support" data-shell-link>Поддержка</a></li>
  </ul>`;
  document.body.append(nav);
});

afterEach(() => {
  nav.remove();
});

describe('the unread badge on the support link', () => {
  it('follows the module’s unread-count-changed events, in words for screen readers', async () => {
    recordModuleEvent({ type: 'unread-count-changed', count: 2 });
    const link = page.getByRole('link', { name: 'Поддержка, 2 непрочитанных' });
    await expect.element(link).toBeVisible();
    await expect.element(link).toHaveTextContent('Поддержка2');

    recordModuleEvent({ type: 'unread-count-changed', count: 1 });
    await expect.element(page.getByRole('link', { name: 'Поддержка, 1 непрочитанное' })).toBeVisible();
    expect(nav.querySelectorAll('.cabinet-nav__badge')).toHaveLength(1);

    recordModuleEvent({ type: 'unread-count-changed', count: 0 });
    await expect
      .element(page.getByRole('link', { name: 'Поддержка', exact: true }))
      .toHaveTextContent(/^Поддержка$/);
    expect(nav.querySelector('.cabinet-nav__badge')).toBeNull();
    // Only the support link carries it.
    expect(page.getByRole('link', { name: 'Сводка' }).element().childElementCount).toBe(0);
  });

  it('ignores the module’s other events', async () => {
    recordModuleEvent({ type: 'navigated', path: '/requests', url: '/support/requests' });
    await expect.element(page.getByRole('link', { name: 'Поддержка', exact: true })).toBeVisible();
    expect(nav.querySelector('.cabinet-nav__badge')).toBeNull();
  });
});
