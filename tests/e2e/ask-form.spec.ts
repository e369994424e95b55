import type { Page, Request, Response } from '@playwright/test';
// Declares `globalThis.__sellerSupportMocks`, which the cabinet sets when served with EXPOSE_MOCKS=1.
import type {} from '../../mocks/src/browser';
import feedbackPackage from '../../packages/feedback/package.json' with { type: 'json' };
import { expect, test } from './fixtures';
import { openForm, outlet, ticketPosts } from './journey';

const feedbackVersion = feedbackPackage.version;

/** Every answer to `POST /attachments`: the ids the server gave the uploaded files. */
function attachmentAnswers(page: Page): Response[] {
  const answers: Response[] = [];
  page.on('response', (response) => {
    const request = response.request();
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/attachments'))
      answers.push(response);
  });
  return answers;
}

// The smallest valid PNG (1×1, one transparent pixel): real bytes, so the module's content check passes.
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A calendar day a few days back, as the date field also takes it (YYYY-MM-DD). */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

async function writeText(page: Page, subject: string, description: string) {
  await outlet(page).getByRole('textbox', { name: 'Заголовок', exact: true }).fill(subject);
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

/** The request form's draft as the module stored it in IndexedDB, or null. */
async function storedDraft(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('seller-support');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onupgradeneeded = () => open.result.createObjectStore('drafts');
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('drafts').objectStore('drafts').get('seller-support:draft:s-1042');
          read.onsuccess = () => {
            db.close();
            resolve(read.result ?? null);
          };
          read.onerror = () => reject(new Error(String(read.error)));
        };
      }),
  );
}

function idempotencyKeyOf(draft: unknown): string | null {
  if (typeof draft !== 'object' || draft === null || !('idempotencyKey' in draft)) return null;
  return typeof draft.idempotencyKey === 'string' ? draft.idempotencyKey : null;
}

test('a reload restores the draft, idempotency key included', async ({ page }) => {
  const posts = ticketPosts(page);
  await openForm(page);
  await outlet(page)
    .getByRole('radio', { name: /^Платежи/ })
    .check();
  await writeText(page, 'Где выплата', 'Выплата за октябрь не пришла.');
  // Saved after a short pause in typing: wait until it is there, with its key.
  await expect.poll(async () => JSON.stringify(await storedDraft(page))).toContain('Где выплата');
  const key = idempotencyKeyOf(await storedDraft(page));
  expect(key).toMatch(/^[0-9a-f-]{36}$/);
  await page.reload();

  await expect(outlet(page).getByText('Мы восстановили ваш черновик.')).toBeVisible();
  await expect(outlet(page).getByRole('radio', { name: /^Платежи/ })).toBeChecked();
  await expect(outlet(page).getByRole('textbox', { name: 'Заголовок', exact: true })).toHaveValue(
    'Где выплата',
  );
  await expect(outlet(page).getByRole('textbox', { name: 'Описание', exact: true })).toHaveValue(
    'Выплата за октябрь не пришла.',
  );

  // The request sent after the reload carries the key the draft was written with.
  await submit(page).click();
  await expect(sent(page)).toBeVisible();
  expect(posts).toHaveLength(1);
  expect(await posts[0]?.headerValue('idempotency-key')).toBe(key);
  expect(posts[0]?.postDataJSON()).toMatchObject({
    topic: 'payments',
    subject: 'Где выплата',
    context: { environment: { moduleVersion: feedbackVersion } },
  });
});

test('"start over" gives a fresh form after a restored draft', async ({ page }) => {
  await openForm(page);
  await writeText(page, 'Черновик', 'Текст, который останется в черновике.');
  await expect.poll(async () => JSON.stringify(await storedDraft(page))).toContain('Черновик');
  await page.reload();
  await expect(outlet(page).getByText('Мы восстановили ваш черновик.')).toBeVisible();

  await outlet(page).getByRole('button', { name: 'Начать заново' }).click();
  await outlet(page).getByRole('button', { name: 'Удалить черновик' }).click();
  await expect(outlet(page).getByRole('textbox', { name: 'Заголовок', exact: true })).toHaveValue('');
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

test('an empty submit lists one distinct item per field, each naming the field and the fix', async ({
  page,
}) => {
  await openForm(page);
  await submit(page).click();
  const summary = outlet(page).getByRole('alert');
  await expect(summary).toContainText('Исправьте 4 ошибки');
  const items = await summary.getByRole('link').allTextContents();
  // In the form's order: the question first, then the order the topic is about, then what to do with it.
  expect(items).toEqual([
    'Укажите заголовок',
    'Добавьте описание: что случилось',
    'Выберите хотя бы один заказ',
    'Укажите, что нужно сделать с заказом',
  ]);
});

test.describe('with a submit the server refuses', () => {
  test.use({ allowedFailures: [/^POST \S+\/tickets 422$/] });

  test("a server's 422 shows in the seller's language, its own words only as a detail", async ({ page }) => {
    await openForm(page);
    await outlet(page)
      .getByRole('radio', { name: /^Где посылка/ })
      .check();
    await outlet(page).getByRole('listbox', { name: 'Найденные заказы' }).getByRole('option').first().click();
    const chipLabel = await outlet(page)
      .getByRole('list', { name: 'Выбранные заказы' })
      .getByRole('button')
      .first()
      .getAttribute('aria-label');
    const orderId = chipLabel?.replace('Убрать заказ ', '') ?? '';
    await writeText(page, 'Где моя посылка', 'Трек не обновляется уже три дня.');
    // While the seller writes, the parcel arrives: the server refuses it as no longer in transit.
    await page.evaluate((id) => {
      const mocks = globalThis.__sellerSupportMocks;
      if (mocks === undefined) throw new Error('the cabinet was served without EXPOSE_MOCKS=1');
      mocks.store.moveOrder(id, { status: 'delivered', tracking: null });
    }, orderId);
    await submit(page).click();

    const summary = outlet(page).getByRole('alert');
    await expect(
      summary.getByRole('link', { name: 'Выберите только заказы, которые ещё в пути' }),
    ).toBeVisible();
    await expect(summary).toContainText(`Сервер: order ${orderId} is not in transit`);
  });
});

test.describe('with the first submit answered 503', () => {
  test.use({ allowedFailures: [/^POST \S+\/tickets 503$/] });

  test('a 503 on the first submit, then success, gives exactly one ticket', async ({ page }) => {
    const posts = ticketPosts(page);
    const subject = 'Выплата не дошла после сбоя';
    await openForm(page);
    await page.evaluate(() => {
      const mocks = globalThis.__sellerSupportMocks;
      if (mocks === undefined) throw new Error('the cabinet was served without EXPOSE_MOCKS=1');
      mocks.scenario.fail('createTicket', { status: 503, times: 1 });
    });
    await outlet(page)
      .getByRole('radio', { name: /^Платежи/ })
      .check();
    await writeText(page, subject, 'Выплата за ноябрь не пришла на счёт.');
    await submit(page).click();

    await expect(sent(page)).toBeVisible();
    // The module retried by itself, with the same key both times: the server made one ticket.
    expect(posts).toHaveLength(2);
    const keys = await Promise.all(posts.map((post) => post.headerValue('Idempotency-Key')));
    expect(keys[0]).toMatch(/\S/);
    expect(new Set(keys).size).toBe(1);
    const statuses = await Promise.all(posts.map(async (post) => (await post.response())?.status()));
    expect(statuses).toEqual([503, 201]);
    const created = await page.evaluate(
      (text) => globalThis.__sellerSupportMocks?.store.listTickets({ query: text }).items.length,
      subject,
    );
    expect(created).toBe(1);
  });
});

test('a staff complaint with a facility and a photo', async ({ page }) => {
  const posts = ticketPosts(page);
  const uploads = attachmentAnswers(page);
  const incidentDate = daysAgo(3);
  await openForm(page);
  await outlet(page)
    .getByRole('radio', { name: /^Жалоба на сотрудников/ })
    .check();

  const facility = outlet(page).getByRole('combobox', { name: /^Склад или пункт выдачи/ });
  await facility.fill('Коледино');
  // The search is debounced: wait until the list holds only the match, not every warehouse.
  const options = outlet(page).getByRole('listbox', { name: 'Варианты' }).getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options).toContainText('Склад Коледино');
  // Typing does not pre-select an option (APG list autocomplete): arrow into the list first.
  await facility.press('ArrowDown');
  await facility.press('Enter');
  await expect(outlet(page).getByRole('group', { name: /^Склад или пункт выдачи/ })).toContainText(
    /Выбрано:\s*Склад Коледино/,
  );

  await outlet(page)
    .getByLabel(/^Дата происшествия/)
    .fill(incidentDate);
  await outlet(page)
    .locator('input[type="file"]')
    .setInputFiles({ name: 'pass.png', mimeType: 'image/png', buffer: onePixelPng });
  await expect(outlet(page).getByText(/· Загружен$/)).toBeVisible();
  await expect(outlet(page).getByRole('progressbar')).toHaveCount(0);

  await writeText(page, 'Грубость на складе', 'Сотрудник склада отказался принимать поставку без причины.');
  await submit(page).click();

  await expect(sent(page)).toBeVisible();
  expect(uploads).toHaveLength(1);
  const uploaded: unknown = await uploads[0]?.json();
  expect(uploaded).toMatchObject({ id: expect.any(String) });
  const attachmentId =
    typeof uploaded === 'object' && uploaded !== null && 'id' in uploaded ? uploaded.id : null;
  expect(posts).toHaveLength(1);
  expect(posts[0]?.postDataJSON()).toMatchObject({
    topic: 'staff_complaint',
    facilityId: 'wh-2',
    fields: { incidentDate },
    attachmentIds: [attachmentId],
  });
});

test('a fraud report is kept confidential', async ({ page }) => {
  const posts = ticketPosts(page);
  await openForm(page);
  await outlet(page)
    .getByRole('radio', { name: /^Сообщить о нарушении/ })
    .check();

  await expect(outlet(page).getByRole('checkbox', { name: /^Конфиденциально/ })).toBeChecked();
  // The form offers the compliance line itself; the help panel beside it lists it too.
  const form = outlet(page).getByRole('form');
  await expect(form.getByRole('link', { name: 'compliance@market.example' })).toHaveAttribute(
    'href',
    'mailto:compliance@market.example',
  );
  await expect(form.getByText('Можно сообщить и напрямую, независимой линии комплаенса:')).toBeVisible();

  await writeText(page, 'Поборы при приёмке', 'Сотрудник пункта выдачи требует доплату за приём возвратов.');
  await submit(page).click();

  await expect(sent(page)).toBeVisible();
  expect(posts).toHaveLength(1);
  expect(posts[0]?.postDataJSON()).toMatchObject({ topic: 'fraud', confidential: true });
});
