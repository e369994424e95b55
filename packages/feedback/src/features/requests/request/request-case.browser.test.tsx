import { FetchApiClient } from '@seller-support/contract';
import { createMockApi } from '@seller-support/mocks';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createMemoryDraftStorage } from '../../../shared/drafts/draft-storage';
import { DraftStorageProvider } from '../../../shared/drafts/draft-storage-context';
import type { Locale } from '../../../shared/i18n';
import { createMockFetch } from '../../../testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../../../testing/module-harness';
import { RequestScreen } from './request-screen';

// The request page as the whole case: what the seller sent, and the one action asked now at the top.

const now = new Date('2026-11-25T12:00:00+03:00');

async function setup(id: string, locale: Locale = 'ru') {
  const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch(mockApi.handlers),
  });
  await render(
    <ModuleHarness api={api} locale={locale}>
      <DraftStorageProvider storage={createMemoryDraftStorage()}>
        <RequestScreen id={id} now={now} timeZone="Europe/Moscow" pollMs={60_000} />
      </DraftStorageProvider>
    </ModuleHarness>,
  );
  return mockApi;
}

/** The focused element inside the module (document.activeElement is the shadow host). */
const focused = () => document.activeElement?.shadowRoot?.activeElement ?? document.activeElement;
/** How wide a picture decoded: 0 until it has loaded (or when it is no picture). */
const naturalWidth = (element: Element | null) =>
  element instanceof HTMLImageElement ? element.naturalWidth : 0;
const next = () => page.getByRole('region', { name: 'Что дальше' });
const sent = () => page.getByRole('region', { name: 'Что вы отправили' });

describe('What you sent', () => {
  it('shows the description, the topic’s fields, the orders in full and the photos and files sent', async () => {
    const { store } = await setup('T-000106');
    const request = store.getTicket('T-000106').request;
    const order = request?.context.orders[0];
    if (request === undefined || order === undefined)
      throw new Error('the seeded warranty request has no order');

    await expect.element(sent().getByText(request.description)).toBeVisible();
    await expect.element(sent().getByText(/Не включается, индикатор питания не горит/)).toBeVisible();
    await expect.element(sent().getByText(request.fields.itemSku ?? '', { exact: true })).toBeVisible();
    // The order's id and amount whole, never cut.
    const orders = sent().getByRole('region', { name: 'Заказы' });
    await expect.element(orders.getByText(order.id, { exact: true })).toBeVisible();
    await expect.element(orders).toHaveTextContent(/\d[\d\s]*,\d\d\s₽/);
    const files = sent().getByRole('region', { name: 'Фото и файлы' });
    await expect.element(files.getByRole('button', { name: 'Открыть фото дефект.png' })).toBeEnabled();
    await expect.element(files.getByRole('button', { name: 'Открыть фото этикетка.png' })).toBeEnabled();
    await expect.element(files.getByRole('button', { name: 'Скачать файл чек.pdf' })).toBeVisible();
    // The thumbnail is the photo itself, fetched with the token.
    const thumbnail = files.getByRole('button', { name: 'Открыть фото дефект.png' });
    await expect.poll(() => naturalWidth(thumbnail.element().querySelector('img'))).toBeGreaterThan(0);

    // The snapshot support saw is there, folded.
    const snapshot = sent().getByText('Что видела поддержка при отправке');
    await expect.element(snapshot).toBeVisible();
    const disclosure = snapshot.element().closest('details');
    expect(disclosure?.open).toBe(false);
    await snapshot.click();
    await expect.poll(() => disclosure?.open).toBe(true);
    await expect.element(sent().getByText(request.context.seller.legalName).first()).toBeVisible();
  });

  it('a photo opens in a preview with its name, Download and Close; Escape closes it and the focus comes back', async () => {
    await setup('T-000106');
    const thumbnail = sent().getByRole('button', { name: 'Открыть фото дефект.png' });
    await expect.element(thumbnail).toBeEnabled();
    await thumbnail.click();

    const preview = page.getByRole('dialog', { name: 'дефект.png' });
    await expect.element(preview).toBeVisible();
    await expect.poll(() => naturalWidth(preview.getByRole('img').query())).toBeGreaterThan(0);
    await expect
      .element(preview.getByRole('link', { name: 'Скачать' }))
      .toHaveAttribute('download', 'дефект.png');
    await expect.poll(focused).toBe(preview.getByRole('button', { name: 'Закрыть' }).element());

    await userEvent.keyboard('{Escape}');
    await expect.element(preview).not.toBeInTheDocument();
    await expect.poll(focused).toBe(thumbnail.element());

    await thumbnail.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Закрыть' }).click();
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.poll(focused).toBe(thumbnail.element());
  });

  it('names the facility of a complaint by name and address, and the incident’s date', async () => {
    const { store } = await setup('T-000103');
    const facility = store.getTicket('T-000103').request?.facility;
    if (!facility) throw new Error('the seeded complaint names no facility');
    await expect.element(sent().getByText(facility.name, { exact: true })).toBeVisible();
    await expect.element(sent().getByText(facility.address, { exact: true })).toBeVisible();
    await expect.element(sent().getByText(facility.id, { exact: true })).not.toBeInTheDocument();
    await expect.element(sent().getByText('Дата происшествия')).toBeVisible();
    await expect.element(sent().getByText('Пункт выдачи', { exact: true }).first()).toBeVisible();
  });

  it('speaks English', async () => {
    await setup('T-000106', 'en');
    const whatYouSent = page.getByRole('region', { name: 'What you sent' });
    await expect.element(whatYouSent.getByRole('heading', { name: 'Photos and files' })).toBeVisible();
    await expect
      .element(whatYouSent.getByRole('button', { name: 'Open the photo дефект.png' }))
      .toBeVisible();
    await expect.element(whatYouSent.getByText('Defect')).toBeVisible();
  });
});

describe('The one action now, at the top', () => {
  it('a pending offer is decided at the top; the history keeps a compact record of it', async () => {
    const { store } = await setup('T-000105');
    const offer = next().getByRole('region', { name: 'Предложение поддержки' });
    await expect.element(offer).toBeVisible();
    const history = page.getByRole('list', { name: 'События обращения' });
    await expect.element(history.getByText('Ждёт вашего решения')).toBeVisible();
    expect(history.getByRole('button').elements()).toHaveLength(0);

    await offer.getByRole('button', { name: 'Принять' }).click();
    await offer.getByRole('button', { name: 'Да, принять' }).click();
    await expect.poll(() => store.getTicket('T-000105').status).toBe('resolved');
    await expect.element(next().getByText('Вы приняли предложение. Обращение решено.')).toBeVisible();
  });

  it('when support waits for the seller, "Reply" takes them to the reply box', async () => {
    await setup('T-000106');
    await next().getByRole('button', { name: 'Ответить' }).click();
    const message = page.getByRole('textbox', { name: 'Сообщение' });
    await expect.poll(focused).toBe(message.element());
  });

  it('resolved: rating or reopening, one choice at the top, and no reply box', async () => {
    await setup('T-000102');
    await expect.element(next().getByRole('group', { name: 'Оценка' })).toBeVisible();
    await expect.element(next().getByRole('button', { name: 'Открыть повторно' })).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: 'Сообщение' })).not.toBeInTheDocument();
    await expect.element(page.getByRole('heading', { name: 'Ответить' })).not.toBeInTheDocument();

    await next().getByRole('radio', { name: '5 — отлично' }).click();
    await next().getByRole('button', { name: 'Отправить оценку' }).click();
    await expect.element(next().getByText('Ваша оценка: 5 из 5')).toBeVisible();
    // Shown once: not again in the history.
    expect(page.getByText(/5 из 5/).elements()).toHaveLength(1);
  });

  it('closed: no reply box, the way to a new request', async () => {
    await setup('T-000101');
    await expect.element(page.getByRole('heading', { name: 'Обращение закрыто' })).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: 'Сообщение' })).not.toBeInTheDocument();
  });
});
