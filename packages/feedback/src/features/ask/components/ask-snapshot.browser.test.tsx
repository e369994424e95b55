import { createMockApi } from '@seller-support/mocks';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { moduleRoot } from '../../../testing/dom';
import { mockApiBaseUrl } from '../../../testing/module-harness';
import { createMemoryDraftStore } from '../drafts/draft-store';
import { emptyAskFormValues } from '../model/form-defaults';
import {
  chooseTopic,
  fillText,
  openPreview,
  renderAskRequest,
  sentTicketId,
  submitButton,
} from '../testing/render-ask-request';

const sellerId = 's-1042';
const preview = () => page.getByRole('region', { name: 'Что увидит поддержка' });

describe('AskRequest: the snapshot is the case as it is when the seller sends', () => {
  it('takes the chosen order and the in-transit list as the server has them at submit, not at pick', async () => {
    const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
    const { store } = mockApi;
    const [chosen, other] = store.getContext().inTransit;
    if (!chosen || !other) throw new Error('The dataset lacks two orders in transit.');
    await renderAskRequest({ mockApi });
    await chooseTopic('Где посылка');
    await page
      .getByRole('listbox', { name: 'Найденные заказы' })
      .getByRole('option', { name: new RegExp(chosen.id) })
      .click();
    await fillText();

    // While the seller writes, the parcel is scanned again and another order reaches its pickup point.
    const tracking = {
      state: 'Прибыл в сортировочный центр',
      lastScanAt: '2026-11-25T12:30:00+03:00',
      lastScanPlace: 'СЦ Электроугли',
    };
    store.moveOrder(chosen.id, { tracking });
    store.moveOrder(other.id, { status: 'at_pickup_point', tracking: null });
    await submitButton().click();

    const body = store.getSubmission(await sentTicketId(store));
    expect(body?.context.orders).toEqual([{ ...chosen, tracking }]);
    const inTransitIds = body?.context.inTransit.map(({ id }) => id);
    expect(inTransitIds).toContain(chosen.id);
    expect(inTransitIds).not.toContain(other.id);
  });

  it('the card is in the page under the closed disclosure without opening it, where the page’s find looks', async () => {
    const { store } = await renderAskRequest();
    const disclosure = () => moduleRoot().querySelector('.ask-form__preview-disclosure');
    // The form's first render leaves it out; the browser's first idle moment brings it in.
    await expect
      .poll(() => disclosure()?.querySelector('.context-snapshot')?.textContent ?? '')
      .toContain(store.getContext().seller.legalName);
    expect(disclosure()?.hasAttribute('open')).toBe(false);
  });

  it('a fraud report is confidential: the preview says who will see the identity, until the seller unticks it', async () => {
    await renderAskRequest();
    await chooseTopic('Сообщить о нарушении');
    await openPreview();
    const note = preview().getByText(
      'Обращение конфиденциальное: ваши данные увидит только служба комплаенса.',
    );
    await expect.element(note).toBeVisible();
    await page.getByRole('checkbox', { name: /^Конфиденциально/ }).click();
    await expect.element(note).not.toBeInTheDocument();
    await expect.element(preview().getByText(/Ваши данные прикладываются всегда/)).toBeVisible();
  });

  it('a restored draft shows its orders as they are now, not as they were when it was written', async () => {
    const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
    const { store } = mockApi;
    const [order] = store.getContext().inTransit;
    if (!order) throw new Error('The dataset lacks an order in transit.');
    const drafts = createMemoryDraftStore();
    await drafts.save(sellerId, {
      values: { ...emptyAskFormValues('orders'), orders: [order], subject: 'Изменить заказ' },
      idempotencyKey: 'draft-key-restored',
      savedAt: '2026-11-25T11:00:00+03:00',
    });
    store.moveOrder(order.id, { status: 'at_pickup_point', tracking: null });
    await renderAskRequest({ mockApi, drafts });

    await expect.element(page.getByText('Мы восстановили ваш черновик.')).toBeVisible();
    await openPreview();
    const entry = preview()
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: `Заказ ${order.id}` }) });
    await expect.element(entry).toHaveTextContent(/Статус\s*в пункте выдачи/);
  });
});
