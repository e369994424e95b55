import type { Page, Request } from '@playwright/test';
// Declares `globalThis.__sellerSupportMocks`, which the cabinet sets when served with EXPOSE_MOCKS=1.
import type {} from '../../mocks/src/browser';
import type { TicketStatus } from '../../packages/contract/src/index';
import { expect, test } from './fixtures';

/**
 * Following requests on the demo cabinet: the list, one request's page, the moderator's answers
 * arriving by polling, and everything the seller does there. The demo's moderator works on a timer;
 * where a journey cannot wait for it, it drives the same simulator a step at a time.
 */

const outlet = (page: Page) => page.locator('#support-outlet');

// The smallest valid PNG (1×1, one transparent pixel): real bytes, so the module's content check passes.
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** The page polls a request every 12 s while visible: an answer shows within one poll. */
const onePoll = { timeout: 20_000 };

/** Every POST the page sent to a path ending with `suffix`. */
function posts(page: Page, suffix: RegExp): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && suffix.test(new URL(request.url()).pathname)) seen.push(request);
  });
  return seen;
}

/** Moves the mock moderator on `ticketId` until the ticket has `status`. */
async function moderatorRunsUntil(page: Page, ticketId: string, status: TicketStatus) {
  await page.evaluate(
    ([id, until]) => {
      const mocks = globalThis.__sellerSupportMocks;
      if (mocks === undefined) throw new Error('The cabinet does not expose its mocks (EXPOSE_MOCKS=1).');
      mocks.moderator.runUntil(until, id);
    },
    [ticketId, status] as const,
  );
}

/** Opens a request of the demo dataset from the list, by its subject. */
async function openFromList(page: Page, subject: string) {
  await page.goto('/support/requests');
  await expect(outlet(page).getByRole('heading', { name: 'Мои обращения' })).toBeVisible();
  await outlet(page)
    .getByRole('link', { name: new RegExp(subject) })
    .click();
  await expect(outlet(page).getByRole('heading', { name: /^Обращение № \d+$/ })).toBeVisible();
  await expect(outlet(page).getByText(subject)).toBeVisible();
}

const statusBadge = (page: Page, words: string) =>
  outlet(page).locator('.request-summary').getByText(words, { exact: true });

test('create a request, follow it to an offer, reply with a photo, accept, see it resolved and rate it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const messages = posts(page, /\/tickets\/[^/]+\/messages$/);
  const decisions = posts(page, /\/decision$/);

  await page.goto('/support');
  await outlet(page)
    .getByRole('radio', { name: /^Где посылка/ })
    .check();
  await outlet(page).getByRole('listbox', { name: 'Найденные заказы' }).getByRole('option').first().click();
  await outlet(page)
    .getByRole('textbox', { name: 'Заголовок', exact: true })
    .fill('Посылка стоит на сортировке');
  await outlet(page)
    .getByRole('textbox', { name: 'Описание', exact: true })
    .fill('Трек не обновляется уже четыре дня.');
  await outlet(page).getByRole('button', { name: 'Отправить обращение' }).click();
  await outlet(page).getByRole('link', { name: 'Открыть обращение' }).click();

  // Inside the module: the address changed, the page did not reload, the request's page has the focus.
  await expect(page).toHaveURL(/\/support\/requests\/T-\d+$/);
  const ticketId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
  await expect(outlet(page).getByRole('heading', { name: /^Обращение № \d+$/ })).toBeFocused();

  // The page is the whole case: what the seller just sent is on it.
  const sent = outlet(page).getByRole('region', { name: 'Что вы отправили' });
  await expect(sent.getByText('Трек не обновляется уже четыре дня.')).toBeVisible();
  await expect(sent.getByRole('region', { name: 'Заказы' }).getByRole('listitem').first()).toBeVisible();

  // The demo moderator takes it on its own clock; the page shows it without a reload.
  await expect(outlet(page).getByText(/^Под контролем: /)).toBeVisible(onePoll);
  await expect(outlet(page).getByTestId('request-news')).toContainText(/под контролем/i, onePoll);

  // A reply with a photo: uploaded first, then sent once with its attachment id.
  const reply = outlet(page).getByRole('textbox', { name: 'Сообщение', exact: true });
  await reply.fill('Фото наклейки с трек-номером прилагаю.');
  await outlet(page)
    .locator('input[type="file"]')
    .setInputFiles({ name: 'label.png', mimeType: 'image/png', buffer: onePixelPng });
  await expect(outlet(page).getByText('Загружен', { exact: false }).first()).toBeVisible();
  await outlet(page).getByRole('button', { name: 'Отправить', exact: true }).click();
  await expect(outlet(page).getByText('Сообщение отправлено.')).toBeVisible();
  await expect(
    outlet(page)
      .getByRole('list', { name: 'События обращения' })
      .getByText('Фото наклейки с трек-номером прилагаю.'),
  ).toBeVisible();
  await expect(reply).toHaveValue('');
  expect(messages).toHaveLength(1);
  const sentMessage: unknown = messages[0]?.postDataJSON();
  expect(sentMessage).toMatchObject({
    body: 'Фото наклейки с трек-номером прилагаю.',
    attachmentIds: [expect.any(String)],
  });

  // The moderator proposes a solution; the seller accepts it after confirming.
  await moderatorRunsUntil(page, ticketId, 'offer_proposed');
  await expect(statusBadge(page, 'Предложено решение')).toBeVisible(onePoll);
  await outlet(page).getByRole('button', { name: 'Принять', exact: true }).click();
  await outlet(page)
    .getByRole('textbox', { name: /Комментарий для модератора/ })
    .fill('Согласен, спасибо.');
  await outlet(page).getByRole('button', { name: 'Да, принять' }).click();
  await expect(
    outlet(page)
      .getByText(/Вы приняли предложение/)
      .first(),
  ).toBeVisible();
  expect(decisions).toHaveLength(1);
  expect(decisions[0]?.postDataJSON()).toMatchObject({ decision: 'accept', comment: 'Согласен, спасибо.' });

  await moderatorRunsUntil(page, ticketId, 'resolved');
  await expect(statusBadge(page, 'Решено')).toBeVisible(onePoll);

  // Rated once: the form gives way to the rating given.
  await outlet(page).getByRole('radio', { name: '5 — отлично' }).check();
  await outlet(page).getByRole('button', { name: 'Отправить оценку' }).click();
  await expect(outlet(page).getByText('Ваша оценка: 5 из 5')).toBeVisible();
  await expect(outlet(page).getByRole('button', { name: 'Отправить оценку' })).toHaveCount(0);
});

test('the request page shows what the seller sent: description, orders, photos that open', async ({
  page,
}) => {
  await openFromList(page, 'Чайник не включается после недели использования');
  const sent = outlet(page).getByRole('region', { name: 'Что вы отправили' });
  await expect(sent.getByText(/перестал включаться, индикатор не горит/)).toBeVisible();
  await expect(sent.getByRole('region', { name: 'Заказы' }).getByText(/^\d{5}-\d{4}-\d$/)).toBeVisible();

  const photo = sent.getByRole('button', { name: 'Открыть фото дефект.png' });
  await expect(photo).toBeEnabled();
  await photo.click();
  const preview = outlet(page).getByRole('dialog', { name: 'дефект.png' });
  await expect(preview.getByRole('img')).toBeVisible();
  expect(
    await preview.getByRole('img').evaluate((image: HTMLImageElement) => image.naturalWidth),
  ).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
  await expect(photo).toBeFocused();
});

test('decline an offer with a comment', async ({ page }) => {
  const decisions = posts(page, /\/decision$/);
  await openFromList(page, 'Возврат пришёл повреждённым');
  await expect(statusBadge(page, 'Предложено решение')).toBeVisible();

  await outlet(page).getByRole('button', { name: 'Отклонить', exact: true }).click();
  await outlet(page)
    .getByRole('textbox', { name: /Комментарий для модератора/ })
    .fill('Нужен полный возврат.');
  await outlet(page).getByRole('button', { name: 'Да, отклонить' }).click();

  await expect(
    outlet(page)
      .getByText(/Вы отклонили предложение/)
      .first(),
  ).toBeVisible();
  await expect(outlet(page).getByRole('button', { name: 'Принять', exact: true })).toHaveCount(0);
  expect(decisions).toHaveLength(1);
  expect(decisions[0]?.postDataJSON()).toMatchObject({
    decision: 'decline',
    comment: 'Нужен полный возврат.',
  });
});

test('reopen a resolved request with a reason', async ({ page }) => {
  const reopens = posts(page, /\/reopen$/);
  await openFromList(page, 'Удержана комиссия за отменённый заказ');
  await expect(statusBadge(page, 'Решено')).toBeVisible();

  await outlet(page).getByRole('button', { name: 'Открыть повторно' }).click();
  await outlet(page)
    .getByRole('textbox', { name: /Что осталось нерешённым/ })
    .fill('Комиссию так и не вернули на баланс.');
  await outlet(page).getByRole('button', { name: 'Открыть обращение повторно' }).click();

  await expect(
    outlet(page)
      .getByText(/Обращение открыто повторно/)
      .first(),
  ).toBeVisible();
  await expect(statusBadge(page, 'Решено')).toHaveCount(0);
  expect(reopens).toHaveLength(1);
  expect(reopens[0]?.postDataJSON()).toMatchObject({ reason: 'Комиссию так и не вернули на баланс.' });
});

test('deep links load on first visit, and back and forward move between the list and a request', async ({
  page,
}) => {
  await page.goto('/support/requests?q=%D0%92%D0%BE%D0%B7%D0%B2%D1%80%D0%B0%D1%82');
  const search = outlet(page).getByRole('searchbox', { name: /Поиск/ });
  await expect(search).toHaveValue('Возврат');
  const row = outlet(page).getByRole('link', { name: /Возврат пришёл повреждённым/ });
  await expect(row).toBeVisible();
  await row.click();
  await expect(page).toHaveURL(/\/support\/requests\/T-\d+$/);
  const requestUrl = page.url();
  await expect(outlet(page).getByText('Возврат пришёл повреждённым')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/support\/requests\?q=/);
  await expect(search).toHaveValue('Возврат');
  await expect(outlet(page).getByRole('heading', { name: 'Мои обращения' })).toBeVisible();

  await page.goForward();
  await expect(page).toHaveURL(requestUrl);
  await expect(outlet(page).getByRole('heading', { name: /^Обращение № \d+$/ })).toBeVisible();

  // The request's own address, opened cold, shows the same request.
  await page.goto(requestUrl);
  await expect(outlet(page).getByText('Возврат пришёл повреждённым')).toBeVisible();
});

test.describe('a request that does not exist', () => {
  test.use({ allowedFailures: [/^GET \S+\/tickets\/T-999999 404$/] });

  test('says so and leads back to the list', async ({ page }) => {
    await page.goto('/support/requests/T-999999');
    await expect(outlet(page).getByRole('heading', { name: 'Обращение не найдено' })).toBeVisible();
    await outlet(page).getByRole('link', { name: 'Открыть мои обращения' }).click();
    await expect(page).toHaveURL(/\/support\/requests$/);
  });
});

test('the unread count reaches the cabinet: a badge on Support that drops when a request is read', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    Object.assign(globalThis, { __unreadEvents: seen });
    document.addEventListener('seller-support:event', (event) => {
      if (!(event instanceof CustomEvent)) return;
      const detail: unknown = event.detail;
      if (
        typeof detail === 'object' &&
        detail !== null &&
        'type' in detail &&
        detail.type === 'unread-count-changed'
      )
        seen.push(detail);
    });
  });
  const supportLink = page.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', {
    name: /^Поддержка/,
  });

  await page.goto('/support/requests');
  // The demo dataset has three requests with something unread.
  await expect(supportLink).toHaveAccessibleName('Поддержка, 3 непрочитанных');

  await outlet(page)
    .getByRole('link', { name: /Чайник не включается/ })
    .click();
  await expect(outlet(page).getByRole('heading', { name: /^Обращение № \d+$/ })).toBeVisible();
  await expect(supportLink).toHaveAccessibleName('Поддержка, 2 непрочитанных');
  const events: unknown = await page.evaluate((): unknown => Reflect.get(globalThis, '__unreadEvents'));
  expect(events).toEqual([
    { type: 'unread-count-changed', count: 3 },
    { type: 'unread-count-changed', count: 2 },
  ]);
});

test('the badge is on every page, from the small unread entry: the module itself is not loaded for it', async ({
  page,
}) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    const file = /\/modules\/seller-support\/([^/?]+\.js)$/.exec(new URL(request.url()).pathname)?.[1];
    if (file !== undefined) loaded.push(file);
  });
  const supportLink = page.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', {
    name: /^Поддержка/,
  });

  await page.goto('/');
  await expect(supportLink).toHaveAccessibleName('Поддержка, 3 непрочитанных');
  await expect(supportLink).toContainText('3');
  // Entry names carry their content hash: seller-support-unread.<hash>.js.
  const entriesLoaded = loaded.map((file) => file.replace(/\.[\w-]+\.js$/, ''));
  expect(entriesLoaded).toContain('seller-support-unread');
  // Neither the application's entry nor the parcel's: the Dashboard never mounts them.
  expect(entriesLoaded).not.toContain('seller-support');
  expect(entriesLoaded).not.toContain('seller-support-parcel');

  // Reading a request in the module, then leaving it: the badge keeps the new count.
  await supportLink.click();
  await page
    .getByRole('navigation', { name: 'Разделы поддержки' })
    .getByRole('link', { name: 'Мои обращения' })
    .click();
  await outlet(page)
    .getByRole('link', { name: /Чайник не включается/ })
    .click();
  await expect(supportLink).toHaveAccessibleName('Поддержка, 2 непрочитанных');
  await page
    .getByRole('navigation', { name: 'Разделы кабинета' })
    .getByRole('link', { name: 'Сводка' })
    .click();
  await expect(outlet(page)).toBeEmpty();
  await expect(supportLink).toHaveAccessibleName('Поддержка, 2 непрочитанных');
});
