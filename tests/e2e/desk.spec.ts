import type { Browser, Page, Response } from '@playwright/test';
import { z } from 'zod/mini';
import { expect, test } from './fixtures';
import { outlet } from './journey';
import { cabinetWithService, mockedSeller, supportService } from './servers';

/**
 * Both sides of a request on the demo as `npm start` runs it: the seller in the cabinet and the
 * moderator at /desk, each in a browser context of its own, on one support service (apps/service)
 * and its embedded database. Nothing is scripted: what one side sees, the other did.
 */
test.use({ baseURL: cabinetWithService.url });

const sellerApi = `http://${supportService.host}:${supportService.port}/api/seller-support/v1`;

// The smallest valid PNG (1×1, one transparent pixel): real bytes, so the service's content check passes.
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * The promise: each side sees the other's change within 2 s, without a reload. Both pages
 * follow the service's live stream (`GET /events`); their polls (12 s, 5 s, 15 s) could not.
 */
const withinTwoSeconds = { timeout: 2_000 };

/** Where the cabinet mounts the desk. */
const desk = (page: Page) => page.locator('#desk-outlet');

/**
 * The moderator's page, in a context of its own (its own storage, as another person's browser),
 * failing the journey on what the cabinet's fixture checks on the seller's page: errors logged,
 * thrown or answered.
 */
async function moderatorPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    baseURL: cabinetWithService.url,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return { page, problems };
}

interface SentRequest {
  id: string;
  number: string;
  /** The first answer's due time as the service told the seller. */
  dueAt: string;
  orderId: string;
  trackingState: string;
  /** How many files went with it. */
  attachments: number;
}

/** The seller asks where an in-transit parcel is, from the cabinet's form, optionally with a photo. */
async function sellerAsks(page: Page, subject: string, photo?: string): Promise<SentRequest> {
  await page.goto('/support');
  await outlet(page)
    .getByRole('radio', { name: /^Где посылка/ })
    .check();
  await outlet(page).getByRole('listbox', { name: 'Найденные заказы' }).getByRole('option').first().click();
  await outlet(page).getByRole('textbox', { name: 'Заголовок', exact: true }).fill(subject);
  await outlet(page)
    .getByRole('textbox', { name: 'Описание', exact: true })
    .fill('Трек не обновляется уже четыре дня.');
  if (photo !== undefined) {
    await outlet(page)
      .locator('input[type="file"]')
      .setInputFiles({ name: photo, mimeType: 'image/png', buffer: onePixelPng });
    await expect(outlet(page).getByText(/· Загружен$/)).toBeVisible();
  }
  const created = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' && new URL(response.url()).pathname.endsWith('/tickets'),
  );
  await outlet(page).getByRole('button', { name: 'Отправить обращение' }).click();
  const answer = await created;
  expect(answer.status()).toBe(201);
  const ticket = readTicket(await answer.json());
  const sent = readSent(answer.request().postDataJSON());
  await outlet(page).getByRole('link', { name: 'Открыть обращение' }).click();
  await expect(
    outlet(page).getByRole('heading', { level: 1, name: `Обращение № ${ticket.number}` }),
  ).toBeVisible();
  return { ...ticket, ...sent };
}

// What this journey follows the request by: the service's answer to `POST /tickets`, and the
// chosen order with its tracking state as the seller's form sent them in the context snapshot.
const createdSchema = z.object({ id: z.string(), number: z.string(), expectedFirstResponseBy: z.string() });
const sentSchema = z.object({
  orderIds: z.tuple([z.string()]),
  attachmentIds: z.array(z.string()),
  context: z.object({ orders: z.tuple([z.object({ tracking: z.object({ state: z.string() }) })]) }),
});

function readTicket(body: unknown): { id: string; number: string; dueAt: string } {
  const { id, number, expectedFirstResponseBy } = z.parse(createdSchema, body);
  return { id, number, dueAt: expectedFirstResponseBy };
}

function readSent(body: unknown): { orderId: string; trackingState: string; attachments: number } {
  const { orderIds, attachmentIds, context } = z.parse(sentSchema, body);
  return {
    orderId: orderIds[0],
    trackingState: context.orders[0].tracking.state,
    attachments: attachmentIds.length,
  };
}

/** Opens the desk's queue and waits for it. */
async function openQueue(page: Page) {
  await page.goto('/desk');
  await expect(desk(page).getByRole('heading', { level: 1, name: 'Очередь обращений' })).toBeVisible();
}

/** The request's entry in the desk's queue. */
const queueEntry = (page: Page, number: string) =>
  desk(page).getByRole('listitem', { name: `Обращение № ${number}` });

test('a request goes from the seller to the moderator and back: control, carrier, compensation, resolution, rating', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const moderator = await moderatorPage(browser);
  const deskPage = moderator.page;
  const subject = 'Посылка застряла на сортировке';

  // 1. The moderator's queue is open; the seller asks about a parcel on its way, with a photo.
  await openQueue(deskPage);
  const sent = await sellerAsks(page, subject, 'наклейка.png');
  expect(sent.attachments, 'files sent with the request').toBe(1);

  // 2. The queue shows it on its own, with the due time the seller was told.
  const entry = queueEntry(deskPage, sent.number);
  await expect(entry).toBeVisible(withinTwoSeconds);
  await expect(entry).toContainText(subject);
  // The desk shows times in the policy's time zone (the demo's: Moscow), as the browser formats them.
  const due = await deskPage.evaluate(
    (at) =>
      new Intl.DateTimeFormat('ru-RU', {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Europe/Moscow',
      }).format(new Date(at)),
    sent.dueAt,
  );
  await expect(entry).toContainText(`Первый ответ до ${due}`);
  await expect(entry).toContainText('Без модератора');

  // It opens on everything the seller sent, without anyone dictating it.
  await entry.getByRole('link', { name: `Обращение № ${sent.number}` }).click();
  await expect(
    desk(deskPage).getByRole('heading', { level: 1, name: `Обращение № ${sent.number}` }),
  ).toBeVisible();
  const seller = desk(deskPage).getByRole('region', { name: 'Продавец', exact: true });
  await expect(seller).toContainText(mockedSeller.legalName);
  await expect(seller).toContainText(mockedSeller.taxId);
  const order = desk(deskPage)
    .getByRole('region', { name: 'Заказы в обращении' })
    .filter({ has: deskPage.getByRole('heading', { name: `Заказ ${sent.orderId}` }) });
  await expect(order).toContainText(sent.trackingState);
  await expect(desk(deskPage).getByText('наклейка.png')).toBeVisible();

  // 3. Under control: the seller's page says by whom, on its own.
  const holder = desk(deskPage).getByRole('region', { name: 'Кто ведёт обращение' });
  await holder.getByRole('button', { name: 'Взять под контроль' }).click();
  await expect(holder.getByText('Под вашим контролем', { exact: true })).toBeVisible();
  const summary = outlet(page).locator('.request-summary');
  await expect(summary.getByText('Под контролем: Модератор Анна', { exact: true })).toBeVisible(
    withinTwoSeconds,
  );

  // 4. The carrier is brought in, then a compensation offered.
  const thirdParty = desk(deskPage).getByRole('form', { name: 'Подключить третью сторону' });
  await expect(thirdParty.getByRole('combobox', { name: 'Кто' })).toHaveValue('carrier');
  await thirdParty
    .getByRole('textbox', { name: 'Комментарий' })
    .fill('Запросили у перевозчика скан с сортировки.');
  await thirdParty.getByRole('button', { name: 'Подключить' }).click();
  await expect(thirdParty.getByText('Третья сторона подключена.')).toBeVisible();

  const offer = desk(deskPage).getByRole('form', { name: 'Предложить решение' });
  await offer.getByRole('combobox', { name: 'Вид предложения' }).selectOption('compensation');
  await offer.getByRole('textbox', { name: 'Сумма, ₽' }).fill('500');
  await offer
    .getByRole('textbox', { name: 'Описание предложения' })
    .fill('Компенсация за задержку доставки, зачислим на баланс.');
  const proposed = deskPage.waitForRequest(
    (request) => request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/offers'),
  );
  await offer.getByRole('button', { name: 'Предложить' }).click();
  expect((await proposed).postDataJSON()).toMatchObject({
    kind: 'compensation',
    amount: { amount: '500.00', currency: 'RUB' },
  });
  await expect(offer.getByText('Предложение отправлено продавцу.')).toBeVisible();

  // 5. The seller sees the offer and accepts it.
  const badge = (words: string) => summary.getByText(words, { exact: true });
  await expect(badge('Предложено решение')).toBeVisible(withinTwoSeconds);
  await expect(
    outlet(page)
      .getByText(/500,00\s₽/)
      .first(),
  ).toBeVisible();
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

  // The moderator's page shows the decision on its own. Accepting an offer settles the request
  // (the service, like the mocks and the contract's seller side, resolves it with the decision:
  // "Предложение принято продавцом"), so the moderator's resolution is already there and the desk
  // offers no second one, only closing.
  await expect(desk(deskPage).getByText('Продавец принял предложение')).toBeVisible(withinTwoSeconds);
  const deskTimeline = desk(deskPage).getByRole('region', { name: 'История обращения' });
  await expect(deskTimeline.getByText(/Обращение решено/)).toBeVisible();
  await expect(deskTimeline.getByText('Предложение принято продавцом')).toBeVisible();
  await expect(desk(deskPage).getByRole('button', { name: 'Отметить решённым' })).toHaveCount(0);
  await expect(desk(deskPage).getByRole('button', { name: 'Закрыть обращение' })).toBeVisible();

  await expect(badge('Решено')).toBeVisible(withinTwoSeconds);
  await outlet(page).getByRole('radio', { name: '5 — отлично' }).check();
  await outlet(page).getByRole('button', { name: 'Отправить оценку' }).click();
  await expect(outlet(page).getByText('Ваша оценка: 5 из 5')).toBeVisible();
  await expect(desk(deskPage).getByText('Оценка продавца: 5 из 5')).toBeVisible(withinTwoSeconds);

  expect(moderator.problems, 'problems the moderator’s page reported').toEqual([]);
  await deskPage.context().close();
});

test('an internal note stays on the desk: never on the seller’s page, never in the seller’s API', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const moderator = await moderatorPage(browser);
  const deskPage = moderator.page;
  const sent = await sellerAsks(page, 'Посылка не сканируется неделю');
  const note = 'Внутреннее: у перевозчика сбой сканеров на этом узле.';
  const reply = 'Проверяем у перевозчика, вернёмся с ответом сегодня.';

  // Every answer the seller's page got about this request, as text.
  const answers: Promise<string>[] = [];
  page.on('response', (response: Response) => {
    if (new URL(response.url()).pathname.includes(`/tickets/${encodeURIComponent(sent.id)}`))
      answers.push(response.text().catch(() => ''));
  });

  await openQueue(deskPage);
  await queueEntry(deskPage, sent.number).getByRole('link').click();
  const noteForm = desk(deskPage).getByRole('form', { name: 'Внутренняя заметка' });
  await noteForm.getByRole('textbox', { name: 'Текст заметки' }).fill(note);
  await noteForm.getByRole('button', { name: 'Сохранить заметку' }).click();
  await expect(noteForm.getByText('Заметка сохранена.')).toBeVisible();
  await expect(desk(deskPage).getByText(note)).toBeVisible();
  // A reply after the note: once the seller sees it, the seller's page has asked since the note.
  const replyForm = desk(deskPage).getByRole('form', { name: 'Ответ продавцу' });
  await replyForm.getByRole('textbox', { name: 'Текст ответа' }).fill(reply);
  await replyForm.getByRole('button', { name: 'Отправить ответ' }).click();
  await expect(replyForm.getByText('Ответ отправлен.')).toBeVisible();

  await expect(outlet(page).getByText(reply)).toBeVisible(withinTwoSeconds);
  await page.reload();
  await expect(outlet(page).getByText(reply)).toBeVisible();
  await expect(outlet(page).getByText(note)).toHaveCount(0);
  await expect(outlet(page).getByText(/сбой сканеров/)).toHaveCount(0);

  const received = await Promise.all(answers);
  expect(received.length).toBeGreaterThan(0);
  expect(received.some((text) => text.includes(reply))).toBe(true);
  expect(received.filter((text) => text.includes('сбой сканеров'))).toEqual([]);

  // And the seller's API itself, asked with the demo seller's token.
  const direct = await request.get(`${sellerApi}/tickets/${encodeURIComponent(sent.id)}`, {
    headers: { authorization: 'Bearer demo-token' },
  });
  expect(direct.status()).toBe(200);
  const text = await direct.text();
  expect(text).toContain(reply);
  expect(text).not.toContain('сбой сканеров');

  expect(moderator.problems, 'problems the moderator’s page reported').toEqual([]);
  await deskPage.context().close();
});
