import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { CabinetOrderPage } from './orders';
import { createOrdersPage } from './orders-page';

let section: HTMLElement;

// The Orders page's part of index.html, as the cabinet serves it.
beforeEach(() => {
  section = document.createElement('section');
  section.innerHTML = `<h1>Заказы</h1>
    <p role="status" data-orders-status></p>
    <div role="alert" data-orders-error hidden>
      <p>Не удалось загрузить заказы.</p>
      <button type="button">Повторить</button>
    </div>
    <table data-orders-table hidden>
      <caption>Последние заказы</caption>
      <thead><tr><th scope="col">Номер</th><th scope="col">Дата</th><th scope="col">Статус</th><th scope="col">Товары</th><th scope="col">Поддержка</th></tr></thead>
      <tbody></tbody>
    </table>`;
  document.body.append(section);
});

afterEach(() => {
  section.remove();
});

const order = {
  createdAt: '2026-11-20T10:12:00+03:00',
  status: 'in_transit',
  firstItem: 'Чайник',
  moreItems: 0,
};

function open(answer: CabinetOrderPage) {
  const orders = createOrdersPage(section, {
    loadOrders: () => Promise.resolve(answer),
    askSupport: () => undefined,
  });
  orders.show();
  return orders;
}

describe('the Orders page', () => {
  it('shows the orders it could read, and says quietly how many it could not', async () => {
    open({
      orders: [
        { ...order, id: '87412-0093-1' },
        { ...order, id: '87412-0094-1' },
      ],
      omitted: 1,
    });

    const table = page.getByRole('table', { name: 'Последние заказы' });
    await expect.element(table.getByRole('rowheader', { name: '87412-0093-1' })).toBeVisible();
    await expect.element(table.getByRole('rowheader', { name: '87412-0094-1' })).toBeVisible();
    await expect.element(page.getByRole('status')).toHaveTextContent('1 заказ не удалось показать.');
    await expect.element(page.getByText('Не удалось загрузить заказы.')).not.toBeVisible();
  });

  it('says nothing more when every order could be read', async () => {
    open({ orders: [{ ...order, id: '87412-0093-1' }], omitted: 0 });

    await expect
      .element(page.getByRole('table', { name: 'Последние заказы' }).getByRole('rowheader'))
      .toHaveTextContent('87412-0093-1');
    await expect.element(page.getByRole('status')).toHaveTextContent('');
  });
});
