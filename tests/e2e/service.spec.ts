import { expect, test } from './fixtures';
import { outlet, ticketPosts } from './journey';
import { cabinetWithService, mockedSeller } from './servers';

// The demo as `npm start` runs it: the module on the support service, which keeps what the seller
// sent in its database (no in-page mock): a reload finds the request, dated today.
test.use({ baseURL: cabinetWithService.url });

test('a request sent to the support service is still there after a reload, with its reply', async ({
  page,
}) => {
  const posts = ticketPosts(page);
  await page.goto('/support');
  await expect(outlet(page).getByText(mockedSeller.legalName).first()).toBeVisible();
  await outlet(page)
    .getByRole('radio', { name: /^Где посылка/ })
    .check();
  await outlet(page).getByRole('listbox', { name: 'Найденные заказы' }).getByRole('option').first().click();
  const subject = 'Посылка стоит на сортировке у перевозчика';
  await outlet(page).getByRole('textbox', { name: 'Заголовок', exact: true }).fill(subject);
  await outlet(page)
    .getByRole('textbox', { name: 'Описание', exact: true })
    .fill('Трек не обновляется уже четыре дня.');
  await outlet(page).getByRole('button', { name: 'Отправить обращение' }).click();
  await outlet(page).getByRole('link', { name: 'Открыть обращение' }).click();
  await expect(outlet(page).getByRole('heading', { level: 1, name: /^Обращение № \d+$/ })).toBeVisible();
  await expect(outlet(page).getByText(subject).first()).toBeVisible();
  expect(posts).toHaveLength(1);

  const reply = outlet(page).getByRole('textbox', { name: 'Сообщение', exact: true });
  await reply.fill('Добавлю: покупатель ждёт к выходным.');
  await outlet(page).getByRole('button', { name: 'Отправить', exact: true }).click();
  await expect(reply).toHaveValue('');

  // A reload asks the service again: the request, its reply and today's date are there.
  await page.reload();
  await expect(outlet(page).getByText(subject).first()).toBeVisible();
  await expect(outlet(page).getByText('Добавлю: покупатель ждёт к выходным.')).toBeVisible();
  await page.goto('/support/requests');
  const row = outlet(page).getByRole('link', { name: new RegExp(subject) });
  await expect(row).toBeVisible();
});
