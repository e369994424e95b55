import { createMockApi, mockForeignResponse, mockPending, type MockApi } from '@seller-support/mocks';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { createMemoryLocation } from '../../../shared/routing/location';
import { mockApiBaseUrl } from '../../../testing/module-harness';
import { createIdbDraftStore, createMemoryDraftStore, draftKey } from '../drafts/draft-store';
import { emptyAskFormValues } from '../model/form-defaults';
import {
  chooseTopic,
  fillText,
  openPreview,
  pickFirstOrder,
  renderAskRequest,
  sentTicketId,
  submitButton,
} from '../testing/render-ask-request';

const sellerId = 's-1042';

/** Orders of the default dataset: one delivered or waiting at the pickup point, one in transit. */
function orders() {
  const { store } = createMockApi();
  const history = store.listOrders({ limit: 20 }).items;
  const arrived = history.find((order) => order.status === 'at_pickup_point');
  const travelling = history.find((order) => order.status === 'in_transit');
  if (!arrived || !travelling) throw new Error('The dataset lacks fixtures.');
  return { arrived, travelling };
}

const chips = () => page.getByRole('list', { name: 'Выбранные заказы' });
const chip = (id: string) => chips().getByRole('button', { name: `Убрать заказ ${id}` });

describe('AskRequest: what the host passes in', () => {
  it('prefill: a fresh form opens on the topic and the orders, shown as chips with their details', async () => {
    const { travelling } = orders();
    await renderAskRequest({
      props: { prefill: { topic: 'parcel_location', orderIds: [travelling.id, 'not-my-order'] } },
    });
    await expect.element(page.getByRole('radio', { name: /^Где посылка/ })).toBeChecked();
    await expect.element(chip(travelling.id)).toBeVisible();
    await expect.element(chip(travelling.id)).toHaveTextContent('В пути');
    // The order somebody else has is left out, and the seller is told.
    await expect.element(page.getByText('Заказ not-my-order не найден среди ваших заказов.')).toBeVisible();
    await openPreview();
    await expect
      .element(page.getByRole('region', { name: 'Что увидит поддержка' }).getByText(`Заказ ${travelling.id}`))
      .toBeVisible();
    await expect.element(page.getByText('Мы восстановили ваш черновик.')).not.toBeInTheDocument();
  });

  it('prefill: orders the topic does not take are left out and named', async () => {
    const { arrived, travelling } = orders();
    await renderAskRequest({
      props: { prefill: { topic: 'parcel_location', orderIds: [arrived.id, travelling.id] } },
    });
    await expect.element(chip(travelling.id)).toBeVisible();
    expect(chips().getByRole('button').elements()).toHaveLength(1);
    await expect
      .element(page.getByText(`Заказ ${arrived.id} не подходит к теме обращения и не добавлен.`))
      .toBeVisible();
  });

  it('prefill over a stored draft: the draft stays, the order is added, and a new request about it is one click', async () => {
    const { arrived } = orders();
    const drafts = createMemoryDraftStore();
    await drafts.save(sellerId, {
      values: { ...emptyAskFormValues('payments'), subject: 'Где выплата', description: 'Не пришла.' },
      idempotencyKey: 'draft-key-1',
      savedAt: '2026-11-25T11:50:00+03:00',
    });
    await renderAskRequest({ drafts, props: { prefill: { topic: 'orders', orderIds: [arrived.id] } } });

    await expect.element(page.getByText('Мы восстановили ваш черновик.')).toBeVisible();
    await expect.element(page.getByText(`К черновику добавлен заказ ${arrived.id}.`)).toBeVisible();
    await expect.element(page.getByRole('radio', { name: /^Платежи/ })).toBeChecked();
    await expect
      .element(page.getByRole('textbox', { name: 'Заголовок', exact: true }))
      .toHaveValue('Где выплата');
    await expect.element(chip(arrived.id)).toBeVisible();

    await page.getByRole('button', { name: `Начать новое обращение о заказе ${arrived.id}` }).click();
    await page.getByRole('button', { name: 'Удалить черновик' }).click();
    await expect.element(page.getByRole('radio', { name: /^Заказы/ })).toBeChecked();
    await expect.element(page.getByRole('textbox', { name: 'Заголовок', exact: true })).toHaveValue('');
    await expect.element(chip(arrived.id)).toBeVisible();
  });

  it('"start over" asks first: the draft is deleted only on the danger button, and keeping it is one click', async () => {
    const drafts = createMemoryDraftStore();
    await drafts.save(sellerId, {
      values: { ...emptyAskFormValues('payments'), subject: 'Где выплата', description: 'Не пришла.' },
      idempotencyKey: 'draft-key-3',
      savedAt: '2026-11-25T11:50:00+03:00',
    });
    await renderAskRequest({ drafts });
    const subject = page.getByRole('textbox', { name: 'Заголовок', exact: true });
    const startOver = page.getByRole('button', { name: 'Начать заново' });
    await expect.element(startOver).toHaveClass('ss-button--quiet');
    await startOver.click();
    await expect.element(page.getByText('Всё, что вы написали, пропадёт.')).toBeVisible();
    const confirm = page.getByRole('button', { name: 'Удалить черновик' });
    await expect.element(confirm).toHaveClass('ss-button--danger');
    await expect
      .poll(() => confirm.element().getRootNode())
      .toSatisfy((root) => root instanceof ShadowRoot && root.activeElement === confirm.element());

    await page.getByRole('button', { name: 'Оставить черновик' }).click();
    await expect.element(subject).toHaveValue('Где выплата');
    await expect.poll(async () => (await drafts.load(sellerId))?.values.subject).toBe('Где выплата');

    await page.getByRole('button', { name: 'Начать заново' }).click();
    await page.getByRole('button', { name: 'Удалить черновик' }).click();
    await expect.element(subject).toHaveValue('');
  });

  it('a stored draft that says nothing yet gives way to the prefill', async () => {
    const { travelling } = orders();
    const drafts = createMemoryDraftStore();
    await drafts.save(sellerId, {
      values: emptyAskFormValues('account'),
      idempotencyKey: 'draft-key-2',
      savedAt: '2026-11-25T11:50:00+03:00',
    });
    await renderAskRequest({ drafts, props: { prefill: { topic: 'orders', orderIds: [travelling.id] } } });
    await expect.element(page.getByRole('radio', { name: /^Заказы/ })).toBeChecked();
    await expect.element(chip(travelling.id)).toBeVisible();
    await expect.element(page.getByText('Мы восстановили ваш черновик.')).not.toBeInTheDocument();
  });

  it('hidden topics are not offered; a hidden prefill topic falls back to the first offered one', async () => {
    await renderAskRequest({
      props: { hiddenTopics: ['fraud', 'account', 'orders'], prefill: { topic: 'fraud' } },
    });
    const radios = page.getByRole('radiogroup', { name: 'Тема обращения' }).getByRole('radio');
    expect(radios.elements()).toHaveLength(5);
    await expect.element(page.getByRole('radio', { name: /^Сообщить о нарушении/ })).not.toBeInTheDocument();
    await expect.element(page.getByRole('radio', { name: /^Жалоба на сотрудников/ })).toBeChecked();
  });

  it('a restored draft on a hidden topic keeps its text on the first offered topic', async () => {
    const drafts = createMemoryDraftStore();
    await drafts.save(sellerId, {
      values: { ...emptyAskFormValues('fraud'), subject: 'Взятка на складе' },
      idempotencyKey: 'draft-key-3',
      savedAt: '2026-11-25T11:50:00+03:00',
    });
    await renderAskRequest({ drafts, props: { hiddenTopics: ['fraud'] } });
    await expect.element(page.getByRole('radio', { name: /^Аккаунт/ })).toBeChecked();
    await expect
      .element(page.getByRole('textbox', { name: 'Заголовок', exact: true }))
      .toHaveValue('Взятка на складе');
  });

  it('hiding every topic hides none', async () => {
    await renderAskRequest({
      props: {
        hiddenTopics: [
          'account',
          'orders',
          'staff_complaint',
          'parcel_location',
          'logistics_info',
          'fraud',
          'payments',
          'warranty',
        ],
      },
    });
    const radios = page.getByRole('radiogroup', { name: 'Тема обращения' }).getByRole('radio');
    expect(radios.elements()).toHaveLength(8);
    await expect.element(page.getByRole('radio', { name: /^Заказы/ })).toBeChecked();
  });

  it('onSubmitted hears of the confirmed ticket once, and the link opens it inside the module', async () => {
    const onSubmitted = vi.fn();
    const location = createMemoryLocation('/');
    const { store } = await renderAskRequest({ location, props: { onSubmitted } });
    await chooseTopic('Сообщить о нарушении');
    await fillText('Взятка на складе', 'Сотрудник просил деньги за приёмку товара.');
    await submitButton().click();
    const id = await sentTicketId(store);
    expect(onSubmitted).toHaveBeenCalledTimes(1);
    expect(onSubmitted).toHaveBeenCalledWith(expect.objectContaining({ id }));

    const link = page.getByRole('link', { name: 'Открыть обращение' });
    await expect.element(link).toHaveAttribute('href', `/support/requests/${id}`);
    await link.click();
    expect(location.history).toEqual(['/', `/requests/${id}`]);
  });

  it('a draft scope keeps a second form’s draft apart from the page’s', async () => {
    const drafts = createMemoryDraftStore();
    const { screen } = await renderAskRequest({ drafts, props: { draftScope: 'order:42' } });
    await fillText('Из диалога', 'Пишу из окна «спросить о заказе».');
    await vi.waitFor(async () => {
      expect((await drafts.load(sellerId, 'order:42'))?.values.subject).toBe('Из диалога');
    });
    expect(await drafts.load(sellerId)).toBeNull();
    expect(draftKey(sellerId, 'order:42')).toBe('seller-support:draft:s-1042:order:42');
    await screen.unmount();

    // The page's own form starts empty; the dialog's draft is still there for the dialog.
    await renderAskRequest({ drafts });
    await expect.element(page.getByRole('textbox', { name: 'Заголовок', exact: true })).toHaveValue('');
    expect((await drafts.load(sellerId, 'order:42'))?.values.subject).toBe('Из диалога');
  });
});

/** `POST /tickets` reaches the server, which creates the ticket, but the answer never comes back. */
function answersLost(keys: string[]) {
  return ({ store }: MockApi) => [
    http.post(`${mockApiBaseUrl}/tickets`, async ({ request }) => {
      const key = request.headers.get('Idempotency-Key') ?? '';
      keys.push(key);
      store.createTicket(await request.json(), key);
      return HttpResponse.error();
    }),
  ];
}

/** Records the key of every `POST /tickets` and lets the mock API answer it. */
function keysOf(keys: string[]) {
  return [
    http.post(`${mockApiBaseUrl}/tickets`, ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key') ?? '');
    }),
  ];
}

/**
 * The alert of a submit whose answers are lost: it comes after the automatic retries and their
 * pauses (about 1.2 s), which a loaded machine stretches past the default wait.
 */
async function expectAnswerLost() {
  await expect
    .element(page.getByRole('alert'), { timeout: 10_000 })
    .toHaveTextContent('Мы не знаем, дошло ли обращение');
}

async function fillOrderRequest(subject = 'Изменить адрес доставки') {
  await pickFirstOrder();
  await page.getByRole('radio', { name: 'Изменить заказ' }).click();
  await fillText(subject, 'Нужно доставить в другой пункт выдачи.');
}

describe('AskRequest: a submit whose answer was lost', () => {
  it('a reload mid-submit asks again with the same body and key: one ticket, and the success screen', async () => {
    // IndexedDB is shared by the test files running at once: a scope of this test's own.
    const props = { draftScope: 'lost-answer-reload' };
    const drafts = createIdbDraftStore();
    await drafts.clear(sellerId, props.draftScope);
    const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
    const keys: string[] = [];
    const first = await renderAskRequest({ mockApi, drafts, props, handlers: answersLost(keys) });
    await fillOrderRequest();
    await submitButton().click();
    await expectAnswerLost();
    expect(first.newTickets()).toBe(1);
    expect((await drafts.load(sellerId, props.draftScope))?.pendingSubmit?.idempotencyKey).toBe(keys[0]);
    await first.screen.unmount();

    // The reload: the same server, the same stored draft, and this time the answers arrive.
    const second = await renderAskRequest({ mockApi, drafts, props, handlers: keysOf(keys) });
    await sentTicketId(second.store);
    expect(second.newTickets()).toBe(0);
    expect(first.newTickets()).toBe(1);
    expect(new Set(keys).size).toBe(1);
    await expect.element(page.getByText(/правки, сделанные после/)).not.toBeInTheDocument();
    expect(await drafts.load(sellerId, props.draftScope)).toBeNull();
  });

  it('edits made after the lost answer are not sent under its key; the seller is told they are not in', async () => {
    const props = { draftScope: 'lost-answer-edits' };
    const drafts = createIdbDraftStore();
    await drafts.clear(sellerId, props.draftScope);
    const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
    const keys: string[] = [];
    const first = await renderAskRequest({ mockApi, drafts, props, handlers: answersLost(keys) });
    await fillOrderRequest('Первый вариант темы');
    await submitButton().click();
    await expectAnswerLost();
    await page.getByRole('textbox', { name: 'Заголовок', exact: true }).fill('Исправленная тема');
    await vi.waitFor(async () => {
      expect((await drafts.load(sellerId, props.draftScope))?.values.subject).toBe('Исправленная тема');
    });
    await first.screen.unmount();

    const second = await renderAskRequest({ mockApi, drafts, props, handlers: keysOf(keys) });
    const id = await sentTicketId(second.store);
    await expect.element(page.getByText(/правки, сделанные после, в него не вошли/)).toBeVisible();
    expect(first.newTickets()).toBe(1);
    expect(mockApi.store.getSubmission(id)?.subject).toBe('Первый вариант темы');
    expect(new Set(keys).size).toBe(1);
  });

  // Three tries that each wait out the client's limit, and the pauses between them.
  it(
    'a timeout is a lost answer: the same key goes again, the seller is told, and one ticket results',
    { timeout: 45_000 },
    async () => {
      const keys: string[] = [];
      let stall = true;
      const { store, newTickets } = await renderAskRequest({
        // Long beside handing a request to a handler in the page: each try reaches the server.
        requestTimeoutMs: 1000,
        handlers: ({ store: server }) => [
          http.post(`${mockApiBaseUrl}/tickets`, async ({ request }) => {
            const key = request.headers.get('Idempotency-Key') ?? '';
            keys.push(key);
            if (!stall) return undefined;
            // The server has it; the answer never comes.
            server.createTicket(await request.json(), key);
            await delay('infinite');
            return undefined;
          }),
        ],
      });
      await fillOrderRequest();
      await submitButton().click();

      // Sent again by itself twice, with a pause, before the seller hears of it.
      const alert = page.getByRole('alert');
      await expect.element(alert, { timeout: 10_000 }).toHaveTextContent('Сервер не ответил вовремя');
      await expect.element(alert).toHaveTextContent('Мы не знаем, дошло ли обращение');
      expect(keys).toHaveLength(3);
      stall = false;
      await submitButton().click();

      await sentTicketId(store);
      expect(newTickets()).toBe(1);
      expect(keys).toHaveLength(4);
      expect(new Set(keys).size).toBe(1);
    },
  );

  it('while the server is asked again, the form cannot be edited and says why', async () => {
    const drafts = createMemoryDraftStore();
    const mockApi = createMockApi({ baseUrl: mockApiBaseUrl, scenario: { latency: 400 } });
    const keys: string[] = [];
    const first = await renderAskRequest({ mockApi, drafts, handlers: answersLost(keys) });
    await fillOrderRequest();
    await submitButton().click();
    await expectAnswerLost();
    await first.screen.unmount();

    const second = await renderAskRequest({ mockApi, drafts });
    await expect
      .element(page.getByRole('status').filter({ hasText: 'Проверяем, дошло ли обращение' }))
      .toBeVisible();
    // Inert: out of reach of the keyboard, the mouse and the accessibility tree.
    expect(page.getByLabelText('Заголовок', { exact: true }).element().closest('[inert]')).not.toBeNull();
    await sentTicketId(second.store);
    expect(first.newTickets()).toBe(1);
  });

  it('after a 429 the server created nothing: the edited request goes out, with the same key', async () => {
    const keys: string[] = [];
    const { store } = await renderAskRequest({
      handlers: keysOf(keys),
      scenario: { failures: { createTicket: { status: 429, retryAfterSeconds: 5, times: 1 } } },
    });
    await fillOrderRequest('Первый вариант темы');
    await submitButton().click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Повторите через 5 секунд');
    await expect.element(page.getByRole('alert')).not.toHaveTextContent('Мы не знаем');
    await page.getByRole('textbox', { name: 'Заголовок', exact: true }).fill('Исправленная тема');
    await submitButton().click();
    const id = await sentTicketId(store);
    expect(store.getSubmission(id)?.subject).toBe('Исправленная тема');
    expect(keys).toHaveLength(2);
    // One logical action, one key: the 429 spent nothing (api.md), as for the reply.
    expect(keys[1]).toBe(keys[0]);
  });

  it('in the same session, a send after the lost answer settles it first: still one ticket', async () => {
    const keys: string[] = [];
    let lose = true;
    const { store, newTickets } = await renderAskRequest({
      handlers: ({ store: server }) => [
        http.post(`${mockApiBaseUrl}/tickets`, async ({ request }) => {
          const key = request.headers.get('Idempotency-Key') ?? '';
          keys.push(key);
          if (!lose) return undefined;
          server.createTicket(await request.json(), key);
          return HttpResponse.error();
        }),
      ],
    });
    await fillOrderRequest();
    await submitButton().click();
    await expectAnswerLost();
    lose = false;
    await submitButton().click();
    await sentTicketId(store);
    expect(newTickets()).toBe(1);
    expect(new Set(keys).size).toBe(1);
  });
});

describe('AskRequest: when what the form needs does not load', () => {
  const subject = () => page.getByRole('textbox', { name: 'Заголовок', exact: true });

  it.each(['getContext', 'getPolicy'] as const)(
    'a stalled %s ends in a message and a retry, and the retry brings the form',
    async (endpoint) => {
      await renderAskRequest({
        handlers: [mockPending(endpoint, mockApiBaseUrl, { once: true })],
        requestTimeoutMs: 300,
        waitForForm: false,
      });
      await expect.element(page.getByRole('status')).toHaveTextContent('Загружаем форму…');
      await expect.element(page.getByRole('alert')).toHaveTextContent('Сервер не ответил вовремя');
      await page.getByRole('button', { name: 'Повторить' }).click();
      await expect.element(subject()).toBeVisible();
    },
  );

  it('a stalled order list ends in a message and a retry within the form', async () => {
    await renderAskRequest({
      handlers: [mockPending('listOrders', mockApiBaseUrl, { once: true })],
      requestTimeoutMs: 300,
    });
    await expect.element(page.getByRole('alert')).toHaveTextContent('Сервер не ответил вовремя');
    await page.getByRole('button', { name: 'Повторить' }).click();
    await expect
      .element(page.getByRole('listbox', { name: 'Найденные заказы' }).getByRole('option').first())
      .toBeVisible();
  });

  it('without the identity card, a failed context is said by the form itself, in English too', async () => {
    await renderAskRequest({
      scenario: { failures: { getContext: { status: 503, times: 1 } } },
      locale: 'en',
      waitForForm: false,
    });
    await expect.element(page.getByRole('alert')).toHaveTextContent('The server is temporarily unavailable');
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.element(page.getByRole('textbox', { name: 'Subject', exact: true })).toBeVisible();
  });

  it('after a 429 on the context, the retry waits as long as the server asked', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      await renderAskRequest({
        scenario: { failures: { getContext: { status: 429, retryAfterSeconds: 5, times: 1 } } },
        waitForForm: false,
      });
      await expect.element(page.getByRole('alert')).toHaveTextContent('Сервер просит подождать 5 секунд');
      const retry = page.getByRole('button', { name: /^Повторить/ });
      await expect.element(retry).toBeDisabled();
      await expect.element(retry).toHaveAccessibleName('Повторить через 5 секунд');
      await vi.advanceTimersByTimeAsync(3_000);
      await expect.element(retry).toHaveAccessibleName('Повторить через 2 секунды');
      await vi.advanceTimersByTimeAsync(2_000);
      await expect.element(retry).toBeEnabled();
      await retry.click();
      await expect.element(subject()).toBeVisible();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('AskRequest: a server that says more than this version knows', () => {
  it('the form opens with a tier it does not know; an order whose status it does not know is asked about and sent as the server said it', async () => {
    const { arrived } = orders();
    const context = createMockApi().store.getContext();
    const lost = { ...arrived, status: 'lost_in_transit', insured: true };
    const { store } = await renderAskRequest({
      handlers: [
        mockForeignResponse(
          'getContext',
          { ...context, seller: { ...context.seller, tier: 'premium' } },
          mockApiBaseUrl,
        ),
        mockForeignResponse('getOrder', lost, mockApiBaseUrl),
      ],
      props: { prefill: { topic: 'orders', orderIds: [lost.id] } },
    });

    await expect.element(chip(lost.id)).toHaveTextContent('Статус обновлён');
    await openPreview();
    const preview = page.getByRole('region', { name: 'Что увидит поддержка' });
    await expect
      .element(preview.getByText('статус обновлён'))
      .toHaveAttribute('data-unknown-value', 'lost_in_transit');
    // A tier this version does not know tells the seller nothing: it is not shown.
    await expect.element(preview.getByText('ООО «Ромашка»')).toBeVisible();
    expect(preview.getByText('Уровень аккаунта').elements()).toHaveLength(0);

    await page.getByRole('radio', { name: 'Изменить заказ' }).click();
    await fillText('Заказ потерялся', 'Статус заказа странный, помогите разобраться.');
    await submitButton().click();
    const id = await sentTicketId(store);
    const sent = store.getSubmission(id)?.context;
    expect(sent?.seller.tier).toBe('premium');
    expect(sent?.orders.map((order) => order.status)).toEqual(['lost_in_transit']);
    expect(sent?.orders[0]).not.toHaveProperty('insured');
  });

  it('where is my parcel: an order the in-transit list gives in a status it does not know can be picked and sent', async () => {
    const { travelling } = orders();
    const lost = { ...travelling, status: 'lost_in_transit' };
    const inTransit = createMockApi().store.listOrders({ status: ['in_transit'], limit: 20 });
    const { store } = await renderAskRequest({
      handlers: [
        mockForeignResponse(
          'listOrders',
          { ...inTransit, items: inTransit.items.map((order) => (order.id === lost.id ? lost : order)) },
          mockApiBaseUrl,
        ),
        mockForeignResponse('getOrder', lost, mockApiBaseUrl),
      ],
    });

    await chooseTopic('Где посылка');
    const option = page
      .getByRole('listbox', { name: 'Найденные заказы' })
      .getByRole('option', { name: new RegExp(lost.id) });
    await expect.element(option).toHaveTextContent('Статус обновлён');
    await option.click();
    await fillText();
    await submitButton().click();

    // The server listed it as in transit, and the server decides: the module does not refuse it.
    const id = await sentTicketId(store);
    expect(store.getSubmission(id)).toMatchObject({
      topic: 'parcel_location',
      orderIds: [lost.id],
      context: { orders: [{ id: lost.id, status: 'lost_in_transit' }] },
    });
  });
});
