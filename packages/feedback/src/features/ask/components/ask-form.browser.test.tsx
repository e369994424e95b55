import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mockApiBaseUrl } from '../../../testing/module-harness';
import { createIdbDraftStore } from '../drafts/draft-store';
import {
  chooseTopic,
  fileInput,
  fillText,
  focusedInModule,
  pickFirstOrder,
  pngFile,
  renderAskRequest as setup,
  sentTicketId,
  submitButton,
} from '../testing/render-ask-request';

describe('AskForm', () => {
  it('parcel location: offers only in-transit orders and sends them with the context snapshot', async () => {
    const { store, newTickets } = await setup();
    await chooseTopic('Где посылка');
    await expect.element(page.getByRole('searchbox', { name: /Заказы в пути/ })).toBeVisible();
    await pickFirstOrder();
    await fillText();
    await submitButton().click();

    const id = await sentTicketId(store);
    const body = store.getSubmission(id);
    expect(body?.topic).toBe('parcel_location');
    expect(body?.orderIds).toHaveLength(1);
    const order = body?.context.orders[0];
    expect(['shipped', 'in_transit']).toContain(order?.status);
    expect(body?.context.seller.legalName).toBe('ООО «Ромашка»');
    expect(body?.subject).toBe('Где моя посылка');
    expect(newTickets()).toBe(1);
    await expect
      .element(page.getByRole('link', { name: 'Открыть обращение' }))
      .toHaveAttribute('href', `/support/requests/${id}`);
  });

  it('lists every problem in a summary that takes the focus, each linking to its field', async () => {
    const { scenario } = await setup();
    await submitButton().click();

    const summary = page.getByRole('alert');
    await expect.element(summary).toHaveTextContent('Исправьте 4 ошибки');
    await expect.poll(focusedInModule).toBe(summary.element());
    // Each item names its field and the fix: no two alike, in the order of the fields on screen
    // (the question first, then the orders and what to do with them).
    const items = summary
      .getByRole('link')
      .elements()
      .map((link) => link.textContent);
    expect(items).toEqual([
      'Укажите заголовок',
      'Добавьте описание: что случилось',
      'Выберите хотя бы один заказ',
      'Укажите, что нужно сделать с заказом',
    ]);
    await summary.getByRole('link', { name: 'Выберите хотя бы один заказ' }).click();
    await expect.poll(focusedInModule).toBe(page.getByRole('searchbox', { name: /Заказы/ }).element());
    await expect
      .element(page.getByRole('textbox', { name: 'Заголовок', exact: true }))
      .toHaveAttribute('aria-invalid', 'true');
    expect(scenario.calls('createTicket')).toBe(0);
  });

  it('refuses control characters and counts the text as it will be sent', async () => {
    await setup();
    const subject = page.getByRole('textbox', { name: 'Заголовок', exact: true });
    await subject.fill('  Посылка\u202E  ');
    await expect.element(page.getByText('7 из 120')).toBeVisible();
    await submitButton().click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Заголовок: уберите невидимые управляющие символы');
  });

  it('a text over its limit says by how much, in the field’s description and, once typing pauses, aloud', async () => {
    await setup();
    const subject = page.getByRole('textbox', { name: 'Заголовок', exact: true });
    await subject.fill('а'.repeat(132));
    await expect.element(subject).toHaveAccessibleDescription(/Превышено на 12 символов/);
    const live = subject.element().closest('.ss-field')?.querySelector('[aria-live="polite"]');
    await expect.poll(() => live?.textContent, { timeout: 3000 }).toBe('Превышено на 12 символов');
    await subject.fill('а'.repeat(100));
    await expect.element(subject).toHaveAccessibleDescription(/100 из 120/);
    await expect.poll(() => live?.textContent).toBe('');
  });

  it('a required choice left unanswered: its radio group is required and invalid, described by the error', async () => {
    await setup();
    const action = page.getByRole('radiogroup', { name: 'Что нужно сделать' });
    await expect.element(action).toHaveAttribute('aria-required', 'true');
    await expect.element(action).not.toHaveAttribute('aria-invalid');
    await submitButton().click();
    await expect.element(action).toHaveAttribute('aria-invalid', 'true');
    await expect.element(action).toHaveAccessibleDescription('Укажите, что нужно сделать с заказом');
  });

  it('offers help articles for the topic and what the seller wrote, once typing pauses', async () => {
    const queries: string[] = [];
    await setup({
      handlers: [
        http.get(`${mockApiBaseUrl}/articles`, ({ request }) => {
          queries.push(new URL(request.url).searchParams.get('query') ?? '');
        }),
      ],
    });
    await chooseTopic('Где посылка');
    await fillText('Посылка не отслеживается', 'Трек не обновляется третий день');
    await expect
      .element(page.getByRole('link', { name: /Посылка не отслеживается: что это значит/ }))
      .toBeVisible();
    // Each pause asks once; the last question is the whole text. On a slow machine the pause after
    // the subject alone may already find the article, so the whole text's question comes after it.
    await expect.poll(() => queries.at(-1)).toBe('Посылка не отслеживается Трек не обновляется третий день');
  });

  it('a double click sends one request and creates one ticket', async () => {
    const { store, scenario, newTickets } = await setup({ scenario: { latency: 300 } });
    await pickFirstOrder();
    await page.getByRole('radio', { name: 'Вернуть посылку' }).click();
    await fillText();
    await submitButton().dblClick();
    await expect.element(page.getByRole('button', { name: 'Отправляем…' })).toBeDisabled();
    await sentTicketId(store);
    expect(scenario.calls('createTicket')).toBe(1);
    expect(newTickets()).toBe(1);
  });

  it('a 503 on the first try is retried with the same key: one ticket', async () => {
    const keys: string[] = [];
    const spy = http.post(`${mockApiBaseUrl}/tickets`, ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key') ?? '');
    });
    const { store, scenario, newTickets } = await setup({
      handlers: [spy],
      scenario: { failures: { createTicket: { status: 503, times: 1 } } },
    });
    await pickFirstOrder();
    await page.getByRole('radio', { name: 'Отменить заказ' }).click();
    await fillText();
    await submitButton().click();
    await sentTicketId(store);
    expect(scenario.calls('createTicket')).toBe(2);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(newTickets()).toBe(1);
  });

  it("puts the server's 422 on its fields in the seller's language, the server's words only as a detail", async () => {
    const reject = http.post(`${mockApiBaseUrl}/tickets`, () =>
      HttpResponse.json(
        {
          type: 'about:blank',
          title: 'Unprocessable',
          status: 422,
          errors: [
            { path: 'subject', message: 'must be at most 120 characters', code: 'too_long' },
            { path: 'orderIds.0', message: 'order is archived', code: 'archived' },
          ],
        },
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    await setup({ handlers: [reject] });
    await pickFirstOrder();
    await page.getByRole('radio', { name: 'Изменить заказ' }).click();
    await fillText();
    await submitButton().click();

    const summary = page.getByRole('alert');
    await expect.element(summary).toHaveTextContent('Исправьте 2 ошибки');
    // A code the module knows: worded as its own check would word it, naming the field.
    await expect
      .element(summary.getByRole('link', { name: 'Заголовок: не больше 120 символов, сократите текст' }))
      .toBeVisible();
    // A code it does not know: a general message that still names the field.
    await expect
      .element(summary.getByRole('link', { name: 'Проверьте поле «Заказы»: сервер его не принял' }))
      .toBeVisible();
    await expect.element(summary).toHaveTextContent('Сервер: must be at most 120 characters');
    await expect.element(summary).toHaveTextContent('Сервер: order is archived');
    await expect
      .element(page.getByRole('textbox', { name: 'Заголовок', exact: true }))
      .toHaveAccessibleDescription(
        /^Слишком длинно: не больше 120 символов Сервер: must be at most 120 characters/,
      );
  });

  it("words the server's 422 in English in the English form", async () => {
    const reject = http.post(`${mockApiBaseUrl}/tickets`, () =>
      HttpResponse.json(
        {
          status: 422,
          errors: [{ path: 'orderIds.0', message: 'order 1 is not in transit', code: 'not_in_transit' }],
        },
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    await setup({ handlers: [reject], locale: 'en' });
    await page.getByRole('listbox', { name: 'Matching orders' }).getByRole('option').first().click();
    await page.getByRole('radio', { name: 'Change the order' }).click();
    await page.getByRole('textbox', { name: 'Subject', exact: true }).fill('Change the delivery point');
    await page
      .getByRole('textbox', { name: 'Description', exact: true })
      .fill('Please deliver it elsewhere.');
    await page.getByRole('button', { name: 'Send request' }).click();

    const summary = page.getByRole('alert');
    await expect
      .element(summary.getByRole('link', { name: 'Choose only orders that are still on their way' }))
      .toBeVisible();
    await expect.element(summary).toHaveTextContent('Server: order 1 is not in transit');
  });

  it("a 422 about what the form attaches by itself: said in the seller's language, the server's words after", async () => {
    const reject = http.post(`${mockApiBaseUrl}/tickets`, () =>
      HttpResponse.json(
        {
          status: 422,
          errors: [
            { path: 'context.environment.hostRoute', message: 'must start with a slash', code: 'invalid' },
            { path: 'context.seller.phone', message: 'is not a phone number', code: 'invalid' },
          ],
        },
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    await setup({ handlers: [reject] });
    await pickFirstOrder();
    await page.getByRole('radio', { name: 'Изменить заказ' }).click();
    await fillText();
    await submitButton().click();
    const summary = page.getByRole('alert');
    await expect
      .element(summary)
      .toHaveTextContent('Сервер не принял сведения, которые форма прикладывает сама');
    await expect.element(summary).toHaveTextContent('Сервер: must start with a slash; is not a phone number');
    expect(summary.getByRole('listitem').elements()).toHaveLength(1);
  });

  describe('a 422 that names no field the seller can fix', () => {
    const problem = (extra: Record<string, unknown>) =>
      HttpResponse.json(
        { type: 'about:blank', title: 'Unprocessable', status: 422, ...extra },
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      );

    it.each([
      ['an empty list of errors', () => problem({ errors: [] })],
      [
        'no errors at all ("same key, other body" said without them)',
        () => problem({ detail: 'Key reused' }),
      ],
      [
        'a text/plain body',
        () =>
          new HttpResponse('Unprocessable Entity', {
            status: 422,
            headers: { 'Content-Type': 'text/plain' },
          }),
      ],
      [
        'a garbled body',
        () =>
          new HttpResponse('{"type":"about:blank","status":422,"errors":[{"pa', {
            status: 422,
            headers: { 'Content-Type': 'application/problem+json' },
          }),
      ],
      [
        'errors about nothing on the form, without a word',
        () => problem({ errors: [{ path: 'context.environment.hostRoute', message: ' ' }] }),
      ],
    ])('%s: says the server refused, and the next send goes as a new request', async (_what, answer) => {
      const keys: string[] = [];
      const { store, newTickets } = await setup({
        handlers: [
          http.post(`${mockApiBaseUrl}/tickets`, ({ request }) => {
            keys.push(request.headers.get('Idempotency-Key') ?? '');
            return keys.length === 1 ? answer() : undefined;
          }),
        ],
      });
      await pickFirstOrder();
      await page.getByRole('radio', { name: 'Изменить заказ' }).click();
      await fillText();
      await submitButton().click();

      const summary = page.getByRole('alert');
      await expect.element(summary).toHaveTextContent('Сервер не принял обращение');
      await expect
        .element(summary)
        .toHaveTextContent('Сервер отказался принять обращение и не объяснил почему');
      await expect.poll(focusedInModule).toBe(summary.element());
      await expect.element(submitButton()).toBeEnabled();

      await submitButton().click();
      await sentTicketId(store);
      expect(newTickets()).toBe(1);
      expect(keys).toHaveLength(2);
      expect(keys[1]).not.toBe(keys[0]);
    });

    it('a field refused without a word is still marked, in the seller’s language', async () => {
      const reject = http.post(`${mockApiBaseUrl}/tickets`, () =>
        problem({ errors: [{ path: 'subject', message: '' }] }),
      );
      await setup({ handlers: [reject] });
      await pickFirstOrder();
      await page.getByRole('radio', { name: 'Изменить заказ' }).click();
      await fillText();
      await submitButton().click();

      const summary = page.getByRole('alert');
      await expect
        .element(summary.getByRole('link', { name: 'Проверьте поле «Заголовок»: сервер его не принял' }))
        .toBeVisible();
      await expect
        .element(page.getByRole('textbox', { name: 'Заголовок', exact: true }))
        .toHaveAccessibleDescription(/Проверьте поле «Заголовок»: сервер его не принял/);
    });

    it('the contract’s own "same key, other body": says it may have been sent, and sending on is possible', async () => {
      const keys: string[] = [];
      const { store, newTickets } = await setup({
        handlers: ({ store: server }) => [
          http.post(`${mockApiBaseUrl}/tickets`, async ({ request }) => {
            const key = request.headers.get('Idempotency-Key') ?? '';
            keys.push(key);
            if (keys.length === 1) {
              // Another tab sent something else under this draft's key a moment ago.
              const body: unknown = await request.clone().json();
              if (typeof body === 'object' && body !== null)
                server.createTicket({ ...body, subject: 'Из другой вкладки' }, key);
            }
            return undefined;
          }),
        ],
      });
      await pickFirstOrder();
      await page.getByRole('radio', { name: 'Изменить заказ' }).click();
      await fillText();
      await submitButton().click();

      const summary = page.getByRole('alert');
      await expect.element(summary).toHaveTextContent('Сервер не принял обращение');
      await expect.element(summary).toHaveTextContent('Похоже, это обращение уже было отправлено раньше');
      expect(newTickets()).toBe(1);

      await submitButton().click();
      const id = await sentTicketId(store);
      expect(store.getSubmission(id)?.subject).toBe('Где моя посылка');
      expect(newTickets()).toBe(2);
      expect(keys[1]).not.toBe(keys[0]);
    });
  });

  it('shows how long to wait after a 429', async () => {
    await setup({ scenario: { failures: { createTicket: { status: 429, retryAfterSeconds: 30 } } } });
    await pickFirstOrder();
    await page.getByRole('radio', { name: 'Изменить заказ' }).click();
    await fillText();
    await submitButton().click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Повторите через 30 секунд');
  });

  it('a malformed answer is an error with a way forward, never a blank screen', async () => {
    await setup({ scenario: { failures: { createTicket: { kind: 'malformed', times: 1 } } } });
    await pickFirstOrder();
    await page.getByRole('radio', { name: 'Изменить заказ' }).click();
    await fillText();
    await submitButton().click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Сервер ответил непонятно');
    await expect.element(submitButton()).toBeEnabled();
  });

  it('keeps the draft in IndexedDB across unmount and mount, then clears it after a confirmed submit', async () => {
    const drafts = createIdbDraftStore();
    await drafts.clear('s-1042');
    const first = await setup({ drafts });
    await chooseTopic('Платежи');
    await fillText('Где выплата', 'Выплата за октябрь не пришла.');
    await page.getByRole('textbox', { name: /Сумма/ }).fill('1 250,50');
    await vi.waitFor(async () => {
      const saved = await drafts.load('s-1042');
      expect(saved?.values.description).toBe('Выплата за октябрь не пришла.');
    });
    await first.screen.unmount();

    const second = await setup({ drafts });
    await expect.element(page.getByText('Мы восстановили ваш черновик.')).toBeVisible();
    await expect.element(page.getByRole('radio', { name: /^Платежи/ })).toBeChecked();
    await expect
      .element(page.getByRole('textbox', { name: 'Заголовок', exact: true }))
      .toHaveValue('Где выплата');
    await expect.element(page.getByRole('textbox', { name: /Сумма/ })).toHaveValue('1 250,50');
    await submitButton().click();
    const id = await sentTicketId(second.store);
    expect(second.store.getSubmission(id)?.fields).toEqual({
      amount: { amount: '1250.50', currency: 'RUB' },
    });
    expect(await drafts.load('s-1042')).toBeNull();
  });

  it('fraud: confidential by default, with the compliance line as an alternative', async () => {
    const { store } = await setup();
    await chooseTopic('Сообщить о нарушении');
    await expect.element(page.getByRole('checkbox', { name: /Конфиденциально/ })).toBeChecked();
    await expect.element(page.getByText('Можно сообщить и напрямую')).toBeVisible();
    await fillText('Взятка на складе', 'Сотрудник просил деньги за приёмку товара.');
    await submitButton().click();
    const id = await sentTicketId(store);
    expect(store.getSubmission(id)).toMatchObject({ topic: 'fraud', confidential: true });
  });

  it('account: asks for the area, sends it with the steps', async () => {
    const { store } = await setup();
    await chooseTopic('Аккаунт');
    await fillText('Не открывается кабинет', 'После входа белый экран в разделе «Финансы».');
    await submitButton().click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Исправьте 1 ошибку');
    await page.getByRole('radio', { name: 'Мобильное приложение' }).click();
    await page.getByRole('textbox', { name: /Как воспроизвести/ }).fill('Открыть приложение, войти');
    await submitButton().click();
    const id = await sentTicketId(store);
    expect(store.getSubmission(id)?.fields).toEqual({
      area: 'mobile_app',
      stepsToReproduce: 'Открыть приложение, войти',
    });
  });

  it('changing the topic keeps the text and drops what no longer applies', async () => {
    await setup();
    await page.getByRole('radio', { name: 'Вернуть посылку' }).click();
    await fillText();
    await chooseTopic('Аккаунт');
    await expect
      .element(page.getByRole('textbox', { name: 'Заголовок', exact: true }))
      .toHaveValue('Где моя посылка');
    await chooseTopic('Заказы');
    await expect.element(page.getByRole('radio', { name: 'Вернуть посылку' })).not.toBeChecked();
  });

  it('submitted while a photo still uploads: says it will go, and goes once with the photo', async () => {
    // The upload is held until the test has seen the promise, however slow the machine is.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slowUpload = http.post(`${mockApiBaseUrl}/attachments`, async () => {
      await held;
    });
    const { store, scenario, newTickets } = await setup({ handlers: [slowUpload] });
    await chooseTopic('Где посылка');
    await pickFirstOrder();
    await fillText();
    await userEvent.upload(fileInput(), [await pngFile('late.png')]);
    await submitButton().click();

    // In the summary and beside the field; nothing goes out before the photo is stored.
    await expect
      .element(page.getByRole('alert').getByRole('link', { name: 'Отправим, как только загрузятся файлы' }))
      .toBeVisible();
    expect(scenario.calls('createTicket')).toBe(0);
    release();
    const id = await sentTicketId(store);
    expect(scenario.calls('createTicket')).toBe(1);
    expect(newTickets()).toBe(1);
    const attachmentIds = store.getSubmission(id)?.attachmentIds ?? [];
    expect(attachmentIds).toHaveLength(1);
    expect(store.getAttachment(attachmentIds[0] ?? '')).toMatchObject({
      name: 'late.png',
      type: 'image/png',
    });
  });

  it('offline: says so, queues the submit, and sends once when back online', async () => {
    const { store, scenario, newTickets } = await setup();
    await pickFirstOrder();
    await page.getByRole('radio', { name: 'Изменить заказ' }).click();
    await fillText();
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    await expect.element(page.getByText('Нет подключения к интернету')).toBeVisible();
    await page.getByRole('button', { name: 'Отправим, когда появится связь' }).click();
    await expect.element(page.getByText('Обращение отправится само')).toBeVisible();
    expect(scenario.calls('createTicket')).toBe(0);

    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    await sentTicketId(store);
    expect(scenario.calls('createTicket')).toBe(1);
    expect(newTickets()).toBe(1);
  });

  it('staff complaint: a facility of the chosen type and the date, with optional orders', async () => {
    const { store } = await setup();
    await chooseTopic('Жалоба на сотрудников');
    await page.getByRole('radio', { name: 'Пункт выдачи', exact: true }).click();
    await page.getByRole('combobox', { name: /Склад или пункт выдачи/ }).click();
    const option = page.getByRole('option').first();
    await expect.element(option).toBeVisible();
    await option.click();
    await page.getByLabelText('Дата происшествия').fill('2026-11-20');
    await fillText('Грубость в ПВЗ', 'Сотрудник отказался принять возврат и нагрубил.');
    await submitButton().click();
    const id = await sentTicketId(store);
    const body = store.getSubmission(id);
    expect(body).toMatchObject({
      topic: 'staff_complaint',
      fields: { facilityType: 'pickup_point', incidentDate: '2026-11-20' },
      orderIds: [],
    });
    expect(store.listFacilities({ type: 'pickup_point', limit: 100 }).items.map((f) => f.id)).toContain(
      body?.facilityId,
    );
  });

  it('staff complaint: refuses a missing facility and a future date', async () => {
    await setup();
    await chooseTopic('Жалоба на сотрудников');
    await page.getByLabelText('Дата происшествия').fill('2999-01-01');
    await fillText('Грубость на складе', 'Сотрудник склада отказался принять поставку.');
    await submitButton().click();
    const summary = page.getByRole('alert');
    await expect.element(summary).toHaveTextContent('Выберите склад или пункт выдачи');
    await expect.element(summary).toHaveTextContent('Дата происшествия не может быть в будущем');
  });

  it('warranty: one order and one of its items, with the defect', async () => {
    const { store } = await setup();
    await chooseTopic('Гарантийный ремонт');
    await pickFirstOrder();
    const item = page.getByRole('combobox', { name: 'Товар' });
    const sku = item.element().querySelectorAll('option')[1]?.getAttribute('value') ?? '';
    await item.selectOptions(sku);
    await page.getByRole('textbox', { name: 'Неисправность' }).fill('Не включается после зарядки');
    await fillText('Ремонт по гарантии', 'Чайник перестал включаться через неделю.');
    await submitButton().click();
    const id = await sentTicketId(store);
    expect(store.getSubmission(id)).toMatchObject({
      topic: 'warranty',
      fields: { itemSku: sku, defect: 'Не включается после зарядки' },
    });
    expect(store.getSubmission(id)?.orderIds).toHaveLength(1);
  });

  it('logistics question: the facility type, the facility optional', async () => {
    const { store } = await setup();
    await chooseTopic('Склады и пункты выдачи');
    await page.getByRole('radio', { name: 'Распределительный центр' }).click();
    await fillText('Как работает РЦ', 'Сколько хранится поставка в распределительном центре?');
    await submitButton().click();
    const id = await sentTicketId(store);
    expect(store.getSubmission(id)).toMatchObject({
      topic: 'logistics_info',
      fields: { facilityType: 'distribution_centre' },
      facilityId: null,
    });
  });

  it('a 401 asks the host for a token and retries once; a second 401 says the session expired', async () => {
    const { store, onUnauthorized } = await setup({
      scenario: { failures: { createTicket: { status: 401, times: 1 } } },
    });
    await chooseTopic('Сообщить о нарушении');
    await fillText('Взятка на складе', 'Сотрудник просил деньги за приёмку товара.');
    await submitButton().click();
    await sentTicketId(store);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('an expired session is handed to the host with the draft kept', async () => {
    const { scenario, onUnauthorized } = await setup({
      scenario: { failures: { createTicket: { status: 401 } } },
    });
    await chooseTopic('Сообщить о нарушении');
    await fillText('Взятка на складе', 'Сотрудник просил деньги за приёмку товара.');
    await submitButton().click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Сессия истекла');
    expect(scenario.calls('createTicket')).toBe(2);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('speaks English', async () => {
    await setup({ locale: 'en' });
    await expect.element(page.getByRole('heading', { name: 'New request' })).toBeVisible();
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Fix 4 problems');
  });
});
