import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';

const outlet = (page: Page) => page.locator('#support-outlet');

/** Every `POST /tickets` the page sent: "exactly one ticket" is exactly one such request. */
function ticketPosts(page: Page): Request[] {
  const posts: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/tickets'))
      posts.push(request);
  });
  return posts;
}

async function openForm(page: Page) {
  await page.goto('/support');
  await expect(outlet(page).getByRole('heading', { name: 'Новое обращение' })).toBeVisible();
}

async function writeText(page: Page, subject: string, description: string) {
  await outlet(page).getByRole('textbox', { name: 'Тема', exact: true }).fill(subject);
  await outlet(page).getByRole('textbox', { name: 'Описание', exact: true }).fill(description);
}

const submit = (page: Page) =>
  outlet(page).getByRole('button', { name: /Отправить обращение|Отправим, когда/ });
const sent = (page: Page) => outlet(page).getByRole('heading', { name: /Обращение № \d+ отправлено/ });

test('parcel location with an in-transit order ends with one ticket and a link to it', async ({ page }) => {
  const posts = ticketPosts(page);
  await openForm(page);
  await outlet(page)
    .getByRole('radio', { name: /^Где посылка/ })
    .check();
  const inTransit = outlet(page)
    .getByRole('listbox', { name: 'Найденные заказы' })
    .getByRole('option')
    .first();
  await expect(inTransit).toContainText(/В пути|Передан в доставку/);
  await inTransit.click();
  await writeText(page, 'Где моя посылка', 'Трек не обновляется уже три дня.');
  await submit(page).click();

  await expect(sent(page)).toBeVisible();
  await expect(outlet(page).getByRole('link', { name: 'Открыть обращение' })).toHaveAttribute(
    'href',
    /^\/support\/requests\/T-\d+$/,
  );
  expect(posts).toHaveLength(1);
  const body: unknown = posts[0]?.postDataJSON();
  expect(body).toMatchObject({ topic: 'parcel_location', subject: 'Где моя посылка' });
});

test('a reload restores the draft, idempotency key included', async ({ page }) => {
  await openForm(page);
  await outlet(page)
    .getByRole('radio', { name: /^Платежи/ })
    .check();
  await writeText(page, 'Где выплата', 'Выплата за октябрь не пришла.');
  // Saved after a short pause in typing, or at once when the page is hidden.
  await page.waitForTimeout(600);
  await page.reload();

  await expect(outlet(page).getByText('Мы восстановили ваш черновик.')).toBeVisible();
  await expect(outlet(page).getByRole('radio', { name: /^Платежи/ })).toBeChecked();
  await expect(outlet(page).getByRole('textbox', { name: 'Тема', exact: true })).toHaveValue('Где выплата');
  await expect(outlet(page).getByRole('textbox', { name: 'Описание', exact: true })).toHaveValue(
    'Выплата за октябрь не пришла.',
  );

  await outlet(page).getByRole('button', { name: 'Начать заново' }).click();
  await expect(outlet(page).getByRole('textbox', { name: 'Тема', exact: true })).toHaveValue('');
});

test('offline, then online: the request waits and is sent exactly once', async ({ page, context }) => {
  const posts = ticketPosts(page);
  await openForm(page);
  await outlet(page)
    .getByRole('radio', { name: /^Сообщить о нарушении/ })
    .check();
  await writeText(page, 'Взятка на складе', 'Сотрудник просил деньги за приёмку товара.');

  await context.setOffline(true);
  await expect(outlet(page).getByText(/Нет подключения к интернету/)).toBeVisible();
  await outlet(page).getByRole('button', { name: 'Отправим, когда появится связь' }).click();
  await expect(outlet(page).getByText(/Обращение отправится само/)).toBeVisible();
  expect(posts).toHaveLength(0);

  await context.setOffline(false);
  await expect(sent(page)).toBeVisible();
  expect(posts).toHaveLength(1);
  expect(posts[0]?.postDataJSON()).toMatchObject({ topic: 'fraud', confidential: true });
});

test('a fake image is refused before anything is uploaded', async ({ page }) => {
  const uploads: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/attachments'))
      uploads.push(request);
  });
  await openForm(page);
  // Named and typed like a photo, but its bytes are text: the module checks content, not names.
  await outlet(page)
    .locator('input[type="file"]')
    .setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a photo at all') });

  await expect(outlet(page).getByText(/photo\.jpg — это не файл/)).toBeVisible();
  expect(uploads).toHaveLength(0);
});
