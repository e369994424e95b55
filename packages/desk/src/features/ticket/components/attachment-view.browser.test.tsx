import { FetchDeskClient } from '@seller-support/contract/desk';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createDeskMocks, DeskHarness, deskTestToken, mockDeskBaseUrl } from '../../../testing/desk-harness';
import { createMockFetch } from '../../../testing/mock-fetch';
import { TicketScreen } from './ticket-screen';

/** A request whose seller sent a picture and a PDF with it (a warranty case in the seeded data). */
async function requestWithPhotoAndPdf() {
  const mocks = createDeskMocks();
  const client = new FetchDeskClient({
    baseUrl: mockDeskBaseUrl,
    getAccessToken: () => deskTestToken,
    fetch: createMockFetch(mocks.deskHandlers),
  });
  const { items } = await client.listQueue({ topic: 'warranty', limit: 50 });
  for (const item of items) {
    const ticket = await client.getTicket(item.id);
    const files = ticket.request.attachments;
    const image = files.find(({ type }) => type === 'image/png');
    const pdf = files.find(({ type }) => type === 'application/pdf');
    if (image !== undefined && pdf !== undefined) return { mocks, id: ticket.id, image, pdf };
  }
  throw new Error('the seeded data has no warranty request with a picture and a PDF');
}

/** What has the focus inside the desk's shadow root (the document sees only its host). */
const focused = () => document.querySelector('[data-seller-support-desk]')?.shadowRoot?.activeElement;

const failure = () =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Internal Server Error', status: 500 },
    { status: 500, headers: { 'content-type': 'application/problem+json' } },
  );

async function renderTicket(
  mocks: ReturnType<typeof createDeskMocks>,
  id: string,
  overrides: RequestHandler[] = [],
) {
  return render(
    <DeskHarness mocks={mocks} overrides={overrides}>
      <TicketScreen id={id} />
    </DeskHarness>,
  );
}

describe("the seller's files on the request page", () => {
  it('shows a photo as a thumbnail that opens larger from the keyboard, and Escape gives focus back', async () => {
    const { mocks, id, image } = await requestWithPhotoAndPdf();
    await renderTicket(mocks, id);
    const request = page.getByRole('region', { name: 'Что написал продавец' });
    const thumb = request.getByRole('button', { name: `Открыть изображение ${image.name}` });
    await expect.element(thumb).toBeEnabled();
    const img = thumb.element().querySelector('img');
    expect(img?.getAttribute('src')).toMatch(/^blob:/);

    thumb.element().focus();
    await userEvent.keyboard('{Enter}');
    const dialog = page.getByRole('dialog', { name: image.name });
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog.getByRole('img', { name: image.name })).toBeVisible();
    await expect
      .element(dialog.getByRole('link', { name: 'Скачать' }))
      .toHaveAttribute('download', image.name);
    await expect.poll(focused).toBe(dialog.getByRole('button', { name: 'Закрыть' }).element());
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.poll(focused).toBe(thumb.element());
  });

  it('fetches a PDF when asked for and hands it over under its own name', async () => {
    const { mocks, id, pdf } = await requestWithPhotoAndPdf();
    await renderTicket(mocks, id);
    const request = page.getByRole('region', { name: 'Что написал продавец' });
    await request.getByRole('button', { name: `Скачать файл ${pdf.name}` }).click();
    const link = request.getByRole('link', { name: `Скачать файл ${pdf.name}` });
    await expect.element(link).toHaveAttribute('download', pdf.name);
    await expect.element(link).toHaveAttribute('href', expect.stringMatching(/^blob:/));
  });

  it('says which file did not load and offers a retry, in English too', async () => {
    const { mocks, id, image } = await requestWithPhotoAndPdf();
    await render(
      <DeskHarness
        mocks={mocks}
        locale="en"
        overrides={[
          // This one file's first fetch fails; the retry reaches the mocks.
          http.get(`${mockDeskBaseUrl}/attachments/${image.id}`, () => failure(), { once: true }),
        ]}
      >
        <TicketScreen id={id} />
      </DeskHarness>,
    );
    const request = page.getByRole('region', { name: 'What the seller wrote' });
    await expect
      .element(request.getByRole('alert'))
      .toHaveTextContent(`Couldn't load the file ${image.name}.`);
    await request.getByRole('button', { name: 'Retry' }).click();
    await expect.element(request.getByRole('button', { name: `Open image ${image.name}` })).toBeEnabled();
  });

  it("opens a photo on a message of the timeline, the moderator's own reply included", async () => {
    const mocks = createDeskMocks();
    await renderTicket(mocks, 'T-000110');
    const photo = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])],
      'label.png',
      { type: 'image/png' },
    );
    await page.getByLabelText('Файлы к ответу').upload(photo);
    await page.getByRole('textbox', { name: 'Текст ответа' }).fill('Фото этикетки во вложении.');
    await page.getByRole('button', { name: 'Отправить ответ' }).click();
    const timeline = page.getByRole('region', { name: 'История обращения' });
    await timeline.getByRole('button', { name: 'Открыть изображение label.png' }).click();
    await expect.element(page.getByRole('dialog', { name: 'label.png' })).toBeVisible();
  });
});
