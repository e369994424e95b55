import { FetchApiClient, isKnownTicketEvent } from '@seller-support/contract';
import { mockDeskFailure } from '@seller-support/mocks';
import { http, type RequestHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createMockFetch } from '../../../testing/mock-fetch';
import { createDeskMocks, DeskHarness, mockDeskBaseUrl } from '../../../testing/desk-harness';
import { TicketScreen } from './ticket-screen';

function renderTicket(id: string, overrides: readonly RequestHandler[] = []) {
  const mocks = createDeskMocks();
  const screen = render(
    <DeskHarness mocks={mocks} overrides={overrides}>
      <TicketScreen id={id} />
    </DeskHarness>,
  );
  // The seller's side of the same store, as the seller's module reads it.
  const seller = new FetchApiClient({
    baseUrl: mocks.baseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch(mocks.handlers),
  });
  return { mocks, screen, seller };
}

describe('the request page', () => {
  it('shows the seller: legal name, tax id and tier', async () => {
    renderTicket('T-000107');
    const seller = page.getByRole('region', { name: 'Продавец' });
    await expect.element(seller.getByText('ООО «Ромашка»')).toBeVisible();
    await expect.element(seller.getByText('ИНН')).toBeVisible();
    await expect.element(seller.getByText(/^\d{10}(\d{2})?$/)).toBeVisible();
  });

  it('shows the context snapshot card the seller previewed, in support’s words, with the chosen order as it was', async () => {
    renderTicket('T-000107');
    const card = page.getByRole('region', { name: 'Контекст на момент обращения' });
    await expect.element(card).toBeVisible();
    // The seller's own wording of the card is not the moderator's.
    await expect.element(page.getByText('Что увидит поддержка')).not.toBeInTheDocument();
    // Nor are its headings that speak to the seller: the moderator reads about the seller.
    await expect.element(card.getByRole('heading', { name: 'Реквизиты продавца' })).toBeVisible();
    await expect.element(card.getByRole('heading', { name: 'Продажи продавца' })).toBeVisible();
    await expect.element(card.getByText('О вас', { exact: true })).not.toBeInTheDocument();
    await expect.element(card.getByText('Ваши продажи', { exact: true })).not.toBeInTheDocument();
    await expect.element(card.getByText(/такими, какими они были при отправке/)).toBeVisible();
    await expect.element(card.getByText('59165-0231-1').first()).toBeVisible();
  });

  it('names each file the seller sent with the request', async () => {
    const { seller } = renderTicket('T-000102');
    const names = (await seller.getTicket('T-000102')).request?.attachments.map(({ name }) => name) ?? [];
    expect(names.length).toBeGreaterThan(0);
    const request = page.getByRole('region', { name: 'Что написал продавец' });
    for (const name of names) await expect.element(request.getByText(name, { exact: true })).toBeVisible();
  });

  it('takes an unassigned request under control, and the seller sees who holds it', async () => {
    const { seller } = renderTicket('T-000107');
    const holder = page.getByRole('region', { name: 'Кто ведёт обращение' });
    await expect.element(holder.getByText('Модератор не назначен')).toBeVisible();
    await holder.getByRole('button', { name: 'Взять под контроль' }).click();
    await expect.element(holder.getByText('Под вашим контролем', { exact: true })).toBeVisible();
    await expect.element(holder.getByRole('status')).toHaveTextContent('Обращение под вашим контролем.');
    // The timeline says so too, as the seller's does.
    await expect
      .element(
        page.getByRole('region', { name: 'История обращения' }).getByText('Под контролем: Модератор Анна'),
      )
      .toBeVisible();
    expect((await seller.getTicket('T-000107')).assignee?.displayName).toBe('Модератор Анна');
  });

  it('says another moderator holds it, and takes it over only when asked to', async () => {
    const { seller } = renderTicket('T-000111');
    const holder = page.getByRole('region', { name: 'Кто ведёт обращение' });
    await expect.element(holder.getByText('Под контролем: Модератор Борис')).toBeVisible();
    await holder.getByRole('button', { name: 'Взять под контроль' }).click();
    await expect
      .element(holder.getByRole('alert'))
      .toHaveTextContent('Обращение уже под контролем другого модератора.');
    expect((await seller.getTicket('T-000111')).assignee?.displayName).toBe('Модератор Борис');
    await holder.getByRole('button', { name: 'Забрать себе' }).click();
    await expect.element(holder.getByText('Под вашим контролем', { exact: true })).toBeVisible();
    expect((await seller.getTicket('T-000111')).assignee?.displayName).toBe('Модератор Анна');
  });

  it("sends a reply that reaches the seller's request", async () => {
    const { seller } = renderTicket('T-000110');
    await page.getByRole('textbox', { name: 'Текст ответа' }).fill('Посылка найдена, доставим завтра.');
    await page.getByRole('button', { name: 'Отправить ответ' }).click();
    await expect.element(page.getByText('Ответ отправлен.')).toBeVisible();
    await expect
      .element(page.getByRole('listitem').filter({ hasText: 'Посылка найдена, доставим завтра.' }))
      .toBeVisible();
    const events = (await seller.getTicket('T-000110')).events ?? [];
    const messages = events.flatMap((event) =>
      isKnownTicketEvent(event) && event.kind === 'message' ? [event.body] : [],
    );
    expect(messages).toContain('Посылка найдена, доставим завтра.');
  });

  it('sends a reply with a photo, uploaded once, that the seller gets with it', async () => {
    const { seller } = renderTicket('T-000110');
    const photo = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])],
      'label.png',
      {
        type: 'image/png',
      },
    );
    await page.getByLabelText('Файлы к ответу').upload(photo);
    await page.getByRole('textbox', { name: 'Текст ответа' }).fill('Фото этикетки во вложении.');
    await page.getByRole('button', { name: 'Отправить ответ' }).click();
    await expect.element(page.getByText('Ответ отправлен.')).toBeVisible();
    const events = (await seller.getTicket('T-000110')).events ?? [];
    const sent = events.find(
      (event) =>
        isKnownTicketEvent(event) && event.kind === 'message' && event.body === 'Фото этикетки во вложении.',
    );
    expect(
      sent !== undefined && isKnownTicketEvent(sent) && sent.kind === 'message' ? sent.attachments : [],
    ).toEqual([expect.objectContaining({ name: 'label.png' })]);
  });

  it('a second click while the file uploads sends nothing more: one upload, one message', async () => {
    const gate: { open?: () => void } = {};
    const uploaded = new Promise<undefined>((resolve) => {
      gate.open = () => resolve(undefined);
    });
    let uploads = 0;
    const slowUpload = http.post(`${mockDeskBaseUrl}/attachments`, async () => {
      uploads += 1;
      await uploaded;
      return undefined;
    });
    const { seller } = renderTicket('T-000110', [slowUpload]);
    const photo = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])],
      'scan.png',
      {
        type: 'image/png',
      },
    );
    await page.getByLabelText('Файлы к ответу').upload(photo);
    await page.getByRole('textbox', { name: 'Текст ответа' }).fill('Скан накладной во вложении.');
    const send = page.getByRole('button', { name: 'Отправить ответ' });
    await send.click();
    await expect.poll(() => uploads).toBe(1);
    await expect.element(page.getByRole('button', { name: 'Отправляем…' })).toBeDisabled();
    // A keyboard user's second Enter on the form while it uploads.
    page
      .getByRole('form', { name: 'Ответ продавцу' })
      .element()
      .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    gate.open?.();
    await expect.element(page.getByText('Ответ отправлен.')).toBeVisible();
    const events = (await seller.getTicket('T-000110')).events ?? [];
    const sent = events.filter(
      (event) =>
        isKnownTicketEvent(event) && event.kind === 'message' && event.body === 'Скан накладной во вложении.',
    );
    expect(sent).toHaveLength(1);
    expect(uploads).toBe(1);
  });

  it('involves the carrier, then proposes a compensation typed as 500,5 and sent as 500.50 RUB', async () => {
    const { seller } = renderTicket('T-000110');
    const involve = page.getByRole('form', { name: 'Подключить третью сторону' });
    await involve.getByRole('textbox', { name: 'Комментарий' }).fill('Запросили перевозчика');
    await involve.getByRole('button', { name: 'Подключить' }).click();
    await expect.element(involve.getByText('Третья сторона подключена.')).toBeVisible();
    expect((await seller.getTicket('T-000110')).status).toBe('waiting_third_party');

    const offer = page.getByRole('form', { name: 'Предложить решение' });
    await offer.getByRole('textbox', { name: 'Сумма, ₽' }).fill('500,5');
    await offer.getByRole('textbox', { name: 'Описание предложения' }).fill('Компенсация за задержку');
    await offer.getByRole('button', { name: 'Предложить' }).click();
    await expect.element(offer.getByText('Предложение отправлено продавцу.')).toBeVisible();
    await expect
      .element(page.getByRole('region', { name: 'История обращения' }).getByText(/Компенсация · 500,50\s₽/))
      .toBeVisible();
    const ticket = await seller.getTicket('T-000110');
    expect(ticket.status).toBe('offer_proposed');
  });

  it('an offer the request’s state refuses (409): said in the moderator’s words, and the form stays theirs', async () => {
    // The request changed between the page's load and the send (another moderator's offer, say).
    renderTicket('T-000110', [mockDeskFailure('proposeOffer', 409, mockDeskBaseUrl, { once: true })]);
    const offer = page.getByRole('form', { name: 'Предложить решение' });
    const description = offer.getByRole('textbox', { name: 'Описание предложения' });
    await offer.getByRole('textbox', { name: 'Сумма, ₽' }).fill('500');
    await description.fill('Компенсация за задержку');
    await offer.getByRole('button', { name: 'Предложить' }).click();
    await expect
      .element(offer.getByRole('alert'))
      .toHaveTextContent('Обращение изменилось, пока вы работали: действие не выполнено.');
    // A refusal, not a lost answer: nothing is held for a retry, the text can change.
    await expect.element(description).not.toHaveAttribute('readonly');
    await description.fill('Другое предложение');
    await expect.element(description).toHaveValue('Другое предложение');
  });

  it('closing keeps saying so where the button was, with the focus there, not on the page’s body', async () => {
    const { seller } = renderTicket('T-000110');
    await page.getByRole('button', { name: 'Закрыть обращение' }).click();
    await expect.element(page.getByText('Обращение закрыто.')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Закрыть обращение' })).not.toBeInTheDocument();
    const active = document.querySelector('[data-seller-support-desk]')?.shadowRoot?.activeElement;
    expect(active?.textContent).toContain('Обращение закрыто.');
    expect((await seller.getTicket('T-000110')).status).toBe('closed');
  });

  it('refuses an amount that is not money before anything is sent', async () => {
    renderTicket('T-000110');
    const offer = page.getByRole('form', { name: 'Предложить решение' });
    await offer.getByRole('textbox', { name: 'Сумма, ₽' }).fill('пятьсот');
    await offer.getByRole('textbox', { name: 'Описание предложения' }).fill('Компенсация за задержку');
    await offer.getByRole('button', { name: 'Предложить' }).click();
    await expect
      .element(offer.getByRole('textbox', { name: 'Сумма, ₽' }))
      .toHaveAccessibleDescription(/Введите сумму больше нуля/);
  });

  it('marks a note as internal, and the seller never gets it', async () => {
    const { seller } = renderTicket('T-000110');
    await page.getByRole('textbox', { name: 'Текст заметки' }).fill('Перевозчик отвечает медленно.');
    await page.getByRole('button', { name: 'Сохранить заметку' }).click();
    const note = page.getByRole('listitem').filter({ hasText: 'Перевозчик отвечает медленно.' });
    await expect.element(note.getByText('Внутренняя заметка — видит только поддержка')).toBeVisible();
    const sellerSees = JSON.stringify(await seller.getTicket('T-000110'));
    expect(sellerSees).not.toContain('Перевозчик отвечает медленно.');
  });
});
