import type { Page, Request } from '@playwright/test';
import { expect } from './fixtures';

/** Where the demo cabinet mounts the module. */
export const outlet = (page: Page) => page.locator('#support-outlet');

/** Every `POST /tickets` the page sent: "exactly one ticket" is exactly one such request. */
export function ticketPosts(page: Page): Request[] {
  const posts: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/tickets'))
      posts.push(request);
  });
  return posts;
}

/** Opens the Support page and waits for the request form. */
export async function openForm(page: Page) {
  await page.goto('/support');
  await expect(outlet(page).getByRole('heading', { name: 'Новое обращение' })).toBeVisible();
}
