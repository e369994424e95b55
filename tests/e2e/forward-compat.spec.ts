import type { Locator, Page } from '@playwright/test';
import { foreignChannel, foreignValues } from '../../mocks/src/foreign-answers';
import { expect, test } from './fixtures';
import { openForm, outlet, ticketPosts } from './journey';
import { cabinetWithForeignServer, foreignSeller } from './servers';

/**
 * Forward compatibility (issue 9, section 2): the built cabinet with mocks off, against the contract
 * server in its foreign mode, a newer server of the contract that sends a value this version does
 * not list for every enum, fields it does not know on every object and one malformed item in every
 * list (see mocks/src/foreign-answers.ts). A seller goes through every screen; each must be usable,
 * with no error state, no crash screen and nothing in the console (fixtures.ts fails the journey on
 * a console error, an uncaught exception or an error answer).
 */
test.use({ baseURL: cabinetWithForeignServer.url });

const identity = (page: Page) => outlet(page).getByRole('region', { name: 'Ваши данные' });
/** An element showing a value this version does not know; the raw value stays in it for support. */
const unknownValue = (scope: Locator, value: string) => scope.locator(`[data-unknown-value="${value}"]`);

/** Nothing on the screen says that something failed: no error state, no crash screen. */
async function expectNoFailure(scope: Locator) {
  // Empty alert regions stand ready for announcements; one with words in it is a failure shown.
  await expect(scope.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  await expect(scope.getByText('Что-то пошло не так')).toHaveCount(0);
  await expect(scope.getByText(/Сервер прислал ответ, который модуль не понимает/)).toHaveCount(0);
  await expect(scope.getByText(/Не удалось загрузить/)).toHaveCount(0);
}

test('the Support page is whole: identity, topics, orders, facilities and channels', async ({ page }) => {
  await openForm(page);

  // The identity card, without the tier this version does not know.
  await expect(identity(page).getByText(foreignSeller.legalName)).toBeVisible();
  await identity(page).getByText(foreignSeller.legalName).click();
  await expect(identity(page).getByText(foreignSeller.taxId)).toBeVisible();
  await expect(identity(page).getByText(/180 заказов за 90 дней/)).toBeVisible();
  await expect(outlet(page).getByText(foreignValues.sellerTier)).toHaveCount(0);

  // Every topic can be chosen.
  const topics = outlet(page)
    .getByRole('radiogroup', { name: /^Тема обращения/ })
    .getByRole('radio');
  await expect(topics).toHaveCount(8);

  // The in-transit orders: the known statuses, the unknown one neutral, the broken order left out.
  await outlet(page)
    .getByRole('radio', { name: /^Где посылка/ })
    .check();
  const orders = outlet(page).getByRole('listbox', { name: 'Найденные заказы' });
  await expect(orders.getByRole('option').first()).toBeVisible();
  await expect(orders.getByRole('option', { name: /В пути/ }).first()).toBeVisible();
  const lost = unknownValue(orders, foreignValues.orderStatus).first();
  await expect(lost).toHaveText('Статус обновлён');
  await expect(lost).toHaveAttribute('title', `Значение от сервера: ${foreignValues.orderStatus}`);
  await expect(outlet(page).getByText('1 заказ не удалось показать.')).toBeVisible();
  // What support will see lists the in-transit orders as the server sent them, the unknown status neutral.
  await outlet(page).getByText('Проверить, что увидит поддержка').click();
  const preview = outlet(page).getByRole('region', { name: 'Что увидит поддержка' });
  await expect(preview.getByText(foreignSeller.legalName)).toBeVisible();
  const inTransit = preview.getByRole('region', { name: 'Заказы в пути' }).getByRole('listitem');
  await expect(inTransit.filter({ hasText: /— в пути$/ }).first()).toBeVisible();
  await expect(inTransit.filter({ hasText: /— статус обновлён$/ }).first()).toBeVisible();

  // The facilities of a staff complaint: the known ones, an unknown type under "other", the broken one left out.
  await outlet(page)
    .getByRole('radio', { name: /^Жалоба на сотрудников/ })
    .check();
  const facility = outlet(page).getByRole('combobox', { name: /^Склад или пункт выдачи/ });
  await facility.click();
  const facilities = outlet(page).getByRole('listbox', { name: 'Варианты' });
  await expect(facilities.getByRole('option', { name: /Склад Коледино/ })).toBeVisible();
  await expect(facilities.getByRole('group', { name: 'Другие' })).toBeVisible();
  await expect(outlet(page).getByText('1 вариант не удалось показать.')).toBeVisible();
  await facility.press('Escape');

  // The other channels: the known ones, the unknown kind with its label and value, the broken one left out.
  const channels = outlet(page).getByRole('region', { name: 'Другие способы связи' });
  await expect(channels.getByText('Горячая линия для продавцов')).toBeVisible();
  await channels.getByText(/^Ещё \d+ способ/).click();
  await expect(channels.getByText(foreignChannel.label)).toBeVisible();
  await expect(channels.getByText(foreignChannel.value)).toBeVisible();
  await expect(channels.getByText('1 способ связи не удалось показать.')).toBeVisible();

  await expectNoFailure(outlet(page));
});

test('a request about an order of an unknown status is sent, listed and opened', async ({ page }) => {
  const posts = ticketPosts(page);
  await openForm(page);
  await outlet(page)
    .getByRole('radio', { name: /^Где посылка/ })
    .check();
  const lost = outlet(page)
    .getByRole('listbox', { name: 'Найденные заказы' })
    .getByRole('option')
    .filter({ has: page.locator(`[data-unknown-value="${foreignValues.orderStatus}"]`) })
    .first();
  await lost.click();
  await expect(lost).toHaveAttribute('aria-selected', 'true');
  const subject = 'Посылка со странным статусом';
  await outlet(page).getByRole('textbox', { name: 'Заголовок', exact: true }).fill(subject);
  await outlet(page)
    .getByRole('textbox', { name: 'Описание', exact: true })
    .fill('Статус заказа непонятный, трек не обновляется.');
  await outlet(page).getByRole('button', { name: 'Отправить обращение' }).click();

  await expect(outlet(page).getByRole('heading', { name: /^Обращение № \d+ отправлено$/ })).toBeVisible();
  // The snapshot echoes what the server sent, unknown values included, and the server took it.
  expect(posts).toHaveLength(1);
  expect(posts[0]?.postDataJSON()).toMatchObject({
    topic: 'parcel_location',
    subject,
    context: {
      seller: { tier: foreignValues.sellerTier },
      orders: [{ status: foreignValues.orderStatus }],
    },
  });

  // Its page: the history with the event of an unknown kind as a generic entry.
  await outlet(page).getByRole('link', { name: 'Открыть обращение' }).click();
  await expect(outlet(page).getByRole('heading', { name: /^Обращение № \d+$/ })).toBeVisible();
  await expect(outlet(page).getByText(subject)).toBeVisible();
  const ticketId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
  const timeline = outlet(page).getByRole('list', { name: 'События обращения' });
  await expect(timeline.getByText('Обращение создано')).toBeVisible();
  await expect(unknownValue(timeline, foreignValues.eventKind)).toContainText('Обновление обращения');
  await expect(outlet(page).getByText('1 событие не удалось показать.')).toBeVisible();
  await expect(outlet(page).getByRole('textbox', { name: 'Сообщение', exact: true })).toBeVisible();
  expect(ticketId).toMatch(/^T-\d+$/);
  await expectNoFailure(outlet(page));

  // My requests: the new one among the others, unknown statuses and topics neutral, the broken one left out.
  await outlet(page).getByRole('link', { name: 'Мои обращения' }).click();
  await expect(outlet(page).getByRole('heading', { name: 'Мои обращения' })).toBeVisible();
  const list = outlet(page).getByRole('list', { name: 'Обращения' });
  await expect(list.getByRole('link', { name: new RegExp(subject) })).toBeVisible();
  await expect(list.getByRole('link', { name: /Возврат пришёл повреждённым/ })).toBeVisible();
  await expect(unknownValue(list, foreignValues.ticketStatus).first()).toHaveText('Обновлено');
  await expect(list.getByText('Другая тема').first()).toBeVisible();
  await expect(outlet(page).getByText('1 обращение не удалось показать.')).toBeVisible();
  await expectNoFailure(outlet(page));
});

test('the requests of the newer server read whole: unknown status and topic, third party, offer', async ({
  page,
}) => {
  const summary = outlet(page).locator('.request-summary');
  const timeline = outlet(page).getByRole('list', { name: 'События обращения' });

  // A status and a topic this version does not list: neutral words, and the raw value for support.
  await page.goto('/support/requests/T-000104');
  await expect(outlet(page).getByRole('heading', { name: 'Обращение № 104' })).toBeVisible();
  await expect(summary.getByText('Не пришла выплата за 10–16 ноября')).toBeVisible();
  await expect(unknownValue(summary, foreignValues.ticketStatus)).toHaveText('Обновлено');
  await expect(summary.getByText('Другая тема')).toBeVisible();
  await expect(outlet(page).getByText(/^Статус обращения обновился\./)).toBeVisible();
  await expect(unknownValue(timeline, foreignValues.eventKind)).toContainText('Обновление обращения');
  await expect(timeline.getByText('Шаг решения')).toBeVisible();
  await expectNoFailure(outlet(page));

  // A third party this version does not list.
  await outlet(page)
    .getByRole('link', { name: /Все обращения/ })
    .click();
  await outlet(page)
    .getByRole('link', { name: /Сотрудник ПВЗ отказался принимать возврат/ })
    .click();
  await expect(outlet(page).getByRole('heading', { name: 'Обращение № 103' })).toBeVisible();
  await expect(timeline.getByText('Подключена третья сторона: третья сторона')).toBeVisible();
  await expectNoFailure(outlet(page));

  // An offer of a kind this version does not list can still be answered.
  await outlet(page)
    .getByRole('link', { name: /Все обращения/ })
    .click();
  await outlet(page)
    .getByRole('link', { name: /Возврат пришёл повреждённым/ })
    .click();
  await expect(outlet(page).getByRole('heading', { name: 'Обращение № 105' })).toBeVisible();
  await expect(outlet(page).getByText('1 490,00 ₽').first()).toBeVisible();
  await expect(outlet(page).getByRole('button', { name: 'Принять', exact: true })).toBeVisible();
  await expect(outlet(page).getByRole('button', { name: 'Отклонить', exact: true })).toBeVisible();
  await expectNoFailure(outlet(page));
});

test('the parcel opens from the Orders page and sends a request about the order', async ({ page }) => {
  const posts = ticketPosts(page);
  await page.goto('/orders');
  await expect(page.getByRole('heading', { level: 1, name: 'Заказы' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Последние заказы' });
  const row = table.getByRole('row').nth(1);
  await expect(row).toBeVisible();
  await expect(page.getByText('1 заказ не удалось показать.')).toBeVisible();
  await expect(page.getByText('Не удалось загрузить заказы.')).toBeHidden();
  const orderId = (await row.getByRole('rowheader').textContent())?.trim() ?? '';
  expect(orderId).toMatch(/^\d{5}-\d{4}-\d$/);

  await row.getByRole('button', { name: /^Спросить поддержку/ }).click();
  const dialog = page.getByRole('dialog', { name: `Вопрос по заказу № ${orderId}` });
  await expect(dialog.getByRole('heading', { name: `Вопрос по заказу № ${orderId}` })).toBeFocused();
  await expect(dialog.getByRole('region', { name: `Заказ № ${orderId}` })).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Заголовок', exact: true }).fill(`Вопрос по заказу ${orderId}`);
  await dialog.getByRole('radio', { name: 'Изменить заказ' }).check();
  await dialog
    .getByRole('textbox', { name: 'Описание', exact: true })
    .fill('Покупатель просит поменять пункт выдачи.');
  await expectNoFailure(dialog);
  await dialog.getByRole('button', { name: 'Отправить обращение' }).click();

  await expect(dialog.getByRole('heading', { name: /^Обращение № \d+ отправлено$/ })).toBeVisible();
  expect(posts).toHaveLength(1);
  expect(posts[0]?.postDataJSON()).toMatchObject({ topic: 'orders', orderIds: [orderId] });
  await expectNoFailure(dialog);
});
