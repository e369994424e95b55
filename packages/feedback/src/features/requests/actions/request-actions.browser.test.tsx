import type { Offer, TicketEvent } from '@seller-support/contract';
import { createDataset, deskAnna, deskStoreOf } from '@seller-support/mocks';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createMemoryLocation } from '../../../shared/routing/location';
import { ModuleHarness } from '../../../testing/module-harness';
import { OfferDecision } from './offer-decision';
import {
  afterReopenWindow,
  datasetNow,
  focusedInModule,
  renderLiveTicket,
  showcase,
} from './testing/render-live-ticket';

const offerCard = () => page.getByRole('region', { name: 'Предложение поддержки' });
const notice = (text: string | RegExp) => page.getByText(text);

function offerOf(events: readonly TicketEvent[], id: string) {
  const event = events.find((candidate) => candidate.kind === 'offer' && candidate.offer.id === id);
  return event?.kind === 'offer' ? event.offer : undefined;
}

describe('Offer decision', () => {
  it('shows the offer: kind in words, the description as text, the amount as money', async () => {
    await renderLiveTicket({ ticketId: showcase.offerProposed });
    const card = offerCard();
    await expect.element(card).toBeVisible();
    await expect.element(card.getByText('Компенсация', { exact: true })).toBeVisible();
    await expect
      .element(card.getByText('Компенсация стоимости повреждённого товара на баланс продавца'))
      .toBeVisible();
    await expect.element(card.getByText(/^1\s490,00\s₽$/)).toBeVisible();
  });

  it('accept with a comment: confirmed first, then the ticket is resolved and the card says so', async () => {
    const ticketId = showcase.offerProposed;
    const { store, scenario } = await renderLiveTicket({ ticketId, offers: 'all' });
    await offerCard().getByRole('button', { name: 'Принять' }).click();

    const confirm = page.getByRole('group', { name: 'Принять предложение?' });
    await expect.element(confirm).toBeVisible();
    await expect.poll(focusedInModule).toBe(confirm.element());
    await expect.element(confirm).toHaveAccessibleDescription(/Обращение будет решено на этих условиях/);
    expect(scenario.calls('decideOffer')).toBe(0);

    await confirm.getByRole('textbox', { name: /Комментарий для модератора/ }).fill('  Согласен, спасибо  ');
    await confirm.getByRole('button', { name: 'Да, принять' }).click();

    await expect
      .element(page.getByRole('status').filter({ hasText: 'Вы приняли предложение' }))
      .toBeVisible();
    await expect.element(offerCard().getByText('Предложение принято.')).toBeVisible();
    await expect.element(offerCard().getByRole('button', { name: 'Принять' })).not.toBeInTheDocument();
    const ticket = store.getTicket(ticketId);
    expect(ticket.status).toBe('resolved');
    expect(offerOf(ticket.events, 'of-105-1')?.status).toBe('accepted');
    expect(ticket.events.find((event) => event.kind === 'offer_decided')).toMatchObject({
      decision: 'accept',
      comment: 'Согласен, спасибо',
    });
    expect(scenario.calls('decideOffer')).toBe(1);
    // Resolved now: the rating and the reopening appear below.
    await expect.element(page.getByRole('heading', { name: 'Оцените помощь поддержки' })).toBeVisible();
  });

  it('decline without a comment: the card goes away as on the page, the notice takes the focus', async () => {
    const ticketId = showcase.offerProposed;
    const { store } = await renderLiveTicket({ ticketId });
    await offerCard().getByRole('button', { name: 'Отклонить' }).click();
    await page.getByRole('button', { name: 'Да, отклонить' }).click();

    const done = notice('Вы отклонили предложение. Модератор продолжит работу.');
    await expect.element(done).toBeVisible();
    await expect.element(offerCard()).not.toBeInTheDocument();
    await expect.poll(() => focusedInModule()?.contains(done.element())).toBe(true);
    const ticket = store.getTicket(ticketId);
    expect(ticket.status).toBe('in_progress');
    expect(ticket.events.find((event) => event.kind === 'offer_decided')).toEqual(
      expect.objectContaining({ decision: 'decline' }),
    );
    expect(ticket.events.find((event) => event.kind === 'offer_decided')).not.toHaveProperty('comment');
  });

  it('cancel (or Escape) closes the step without deciding and gives the focus back', async () => {
    const { scenario } = await renderLiveTicket({ ticketId: showcase.offerProposed });
    const accept = offerCard().getByRole('button', { name: 'Принять' });
    await accept.click();
    await page.getByRole('button', { name: 'Отмена' }).click();
    await expect.poll(focusedInModule).toBe(accept.element());

    const decline = offerCard().getByRole('button', { name: 'Отклонить' });
    await decline.click();
    await expect.element(page.getByRole('group', { name: 'Отклонить предложение?' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('group', { name: 'Отклонить предложение?' })).not.toBeInTheDocument();
    await expect.poll(focusedInModule).toBe(decline.element());
    expect(scenario.calls('decideOffer')).toBe(0);
  });

  it('409: the offer was decided elsewhere; says so and shows the refreshed state', async () => {
    const ticketId = showcase.offerProposed;
    const { store, scenario } = await renderLiveTicket({ ticketId, offers: 'all' });
    await expect.element(offerCard().getByRole('button', { name: 'Принять' })).toBeVisible();
    // Declined in another tab while this one still shows it pending.
    store.decideOffer(ticketId, 'of-105-1', { decision: 'decline' });

    await offerCard().getByRole('button', { name: 'Принять' }).click();
    await page.getByRole('button', { name: 'Да, принять' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Это предложение уже рассмотрено' });
    await expect.element(alert).toBeVisible();
    await expect.element(offerCard().getByText('Предложение отклонено.')).toBeVisible();
    expect(scenario.calls('decideOffer')).toBe(1);
    expect(offerOf(store.getTicket(ticketId).events, 'of-105-1')?.status).toBe('declined');
  });

  it('a failed attempt, retried in vain, keeps the step open with a message', async () => {
    // The first attempt and both automatic retries fail.
    await renderLiveTicket({
      ticketId: showcase.offerProposed,
      scenario: { failures: { decideOffer: { status: 503, times: 3 } } },
    });
    await offerCard().getByRole('button', { name: 'Принять' }).click();
    const confirm = page.getByRole('group', { name: 'Принять предложение?' });
    await confirm.getByRole('button', { name: 'Да, принять' }).click();
    await expect
      .element(confirm.getByRole('alert'), { timeout: 10_000 })
      .toHaveTextContent('Сервер временно недоступен');
    await confirm.getByRole('button', { name: 'Да, принять' }).click();
    await expect.element(notice('Вы приняли предложение. Обращение решено.')).toBeVisible();
  });

  it('formats a large amount exactly, and an offer without one says so', async () => {
    const ticket = createDataset().tickets.find(({ id }) => id === showcase.offerProposed);
    if (!ticket) throw new Error('No ticket with an offer.');
    const big: Offer = {
      id: 'of-big',
      kind: 'discount',
      description: '<b>Скидка</b> на логистику',
      amount: { amount: '999999999999999.99', currency: 'RUB' },
      status: 'pending',
    };
    const none: Offer = { ...big, id: 'of-none', kind: 'alternative', amount: null };
    await render(
      <ModuleHarness>
        <OfferDecision ticket={ticket} offer={big} />
        <OfferDecision ticket={ticket} offer={none} />
      </ModuleHarness>,
    );
    const cards = page.getByRole('region', { name: 'Предложение поддержки' });
    const first = cards.first();
    const second = cards.nth(1);
    // The contract's largest amount: a float would round it up to 1 000 000 000 000 000; the decimal
    // string is formatted as it is.
    await expect.element(first.getByText(/^999\s999\s999\s999\s999,99\s₽$/)).toBeVisible();
    await expect.element(first.getByText('Скидка', { exact: true })).toBeVisible();
    // The moderator's text is text: markup in it is shown, never rendered.
    await expect.element(first.getByText('<b>Скидка</b> на логистику')).toBeVisible();
    await expect.element(second.getByText('Альтернативное решение')).toBeVisible();
    await expect.element(second.getByText('Без денежной суммы')).toBeVisible();
  });

  it('an offer the moderator has just made can be accepted', async () => {
    const ticketId = showcase.inProgress;
    const { store } = await renderLiveTicket({
      ticketId,
      before: ({ moderator }) => {
        moderator.track(ticketId);
        moderator.runUntil('offer_proposed', ticketId);
      },
    });
    await offerCard().getByRole('button', { name: 'Принять' }).click();
    await page.getByRole('button', { name: 'Да, принять' }).click();
    await expect.element(notice('Вы приняли предложение. Обращение решено.')).toBeVisible();
    expect(store.getTicket(ticketId).status).toBe('resolved');
  });

  it('asks for no decision once support has closed the request, though its offer was left pending', async () => {
    await renderLiveTicket({
      ticketId: showcase.offerProposed,
      before: ({ store }) => {
        deskStoreOf(store).close(deskAnna, showcase.offerProposed, {});
      },
    });
    await expect.element(page.getByText('Закрыто').first()).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Принять' })).not.toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: 'Отклонить' })).not.toBeInTheDocument();
  });

  it('speaks English, with the amount in English money format', async () => {
    await renderLiveTicket({ ticketId: showcase.offerProposed, locale: 'en' });
    const card = page.getByRole('region', { name: 'Offer from support' });
    await expect.element(card.getByText('Compensation', { exact: true })).toBeVisible();
    await expect.element(card.getByText(/^RUB\s1,490\.00$/)).toBeVisible();
    await card.getByRole('button', { name: 'Decline' }).click();
    await expect.element(page.getByRole('group', { name: 'Decline the offer?' })).toBeVisible();
  });
});

describe('Reopen', () => {
  it('within the window: a reason, then the request is in progress again', async () => {
    const ticketId = showcase.resolved;
    const { store } = await renderLiveTicket({ ticketId });
    await expect.element(page.getByText(/Обращение можно открыть повторно до/)).toBeVisible();
    await page.getByRole('button', { name: 'Открыть повторно' }).click();

    const reason = page.getByRole('textbox', { name: 'Что осталось нерешённым' });
    await expect.poll(focusedInModule).toBe(reason.element());
    await page.getByRole('button', { name: 'Открыть обращение повторно' }).click();
    await expect.element(reason).toHaveAccessibleDescription(/Заполните это поле/);
    await reason.fill('ок');
    await expect.element(reason).toHaveAccessibleDescription(/не меньше 3 символов/);
    await reason.fill('  Комиссию удержали снова  ');
    await page.getByRole('button', { name: 'Открыть обращение повторно' }).click();

    await expect.element(notice('Обращение открыто повторно: модератор вернётся к нему.')).toBeVisible();
    const ticket = store.getTicket(ticketId);
    expect(ticket.status).toBe('in_progress');
    expect(ticket.events.at(-1)).toMatchObject({ kind: 'reopened', reason: 'Комиссию удержали снова' });
    await expect.element(page.getByRole('heading', { name: 'Вопрос не решён?' })).not.toBeInTheDocument();
    await expect.element(page.getByRole('textbox', { name: 'Сообщение' })).toBeVisible();
  });

  it('outside the window: no button, why, and a link to a new request', async () => {
    const location = createMemoryLocation(`/requests/${showcase.resolved}`);
    const { scenario } = await renderLiveTicket({
      ticketId: showcase.resolved,
      now: afterReopenWindow,
      location,
    });
    await expect
      .element(page.getByText('Обращение решено более 14 дней назад — создайте новое.'))
      .toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Открыть повторно' })).not.toBeInTheDocument();
    await page.getByRole('link', { name: 'Создать новое обращение' }).click();
    expect(location.current()).toBe('/');
    expect(scenario.calls('reopenTicket')).toBe(0);
  });

  it('409: closed meanwhile; refreshes and says so', async () => {
    const ticketId = showcase.resolved;
    const { store } = await renderLiveTicket({ ticketId });
    await page.getByRole('button', { name: 'Открыть повторно' }).click();
    await page.getByRole('textbox', { name: 'Что осталось нерешённым' }).fill('Выплата снова не пришла');
    store.setTicketStatus(ticketId, 'closed');
    await page.getByRole('button', { name: 'Открыть обращение повторно' }).click();
    await expect
      .element(page.getByRole('alert').filter({ hasText: 'Открыть обращение повторно уже нельзя' }))
      .toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Обращение закрыто' })).toBeVisible();
  });
});

describe('Rating', () => {
  it('rates once, then shows the rating read-only', async () => {
    const ticketId = showcase.resolved;
    const { store, scenario } = await renderLiveTicket({ ticketId, now: datasetNow });
    const scores = page.getByRole('group', { name: 'Оценка' });
    await expect.element(scores).toBeVisible();
    expect(scores.getByRole('radio').elements()).toHaveLength(5);
    // One tap chooses: before it there is nothing to send, after it the optional comment and Send.
    await expect.element(page.getByRole('button', { name: 'Отправить оценку' })).not.toBeInTheDocument();
    await expect.element(page.getByRole('textbox', { name: /Комментарий/ })).not.toBeInTheDocument();
    await scores.getByRole('radio', { name: '4 — хорошо' }).click();
    expect(scenario.calls('rateTicket')).toBe(0);
    await page.getByRole('textbox', { name: /Комментарий/ }).fill('Разобрались за день');
    await page.getByRole('button', { name: 'Отправить оценку' }).click();

    await expect.element(page.getByText('Ваша оценка: 4 из 5')).toBeVisible();
    await expect.element(page.getByText('Ваш комментарий: Разобрались за день')).toBeVisible();
    await expect.element(page.getByRole('radio', { name: '4 — хорошо' })).not.toBeInTheDocument();
    await expect.element(notice('Спасибо за оценку!')).toBeVisible();
    expect(store.getTicket(ticketId).rating).toEqual({ score: 4, comment: 'Разобрались за день' });
    expect(scenario.calls('rateTicket')).toBe(1);
  });

  it('409: rated meanwhile; says so and shows the rating the server has', async () => {
    const ticketId = showcase.resolved;
    const { store } = await renderLiveTicket({ ticketId });
    await expect.element(page.getByRole('radio', { name: '2 — так себе' })).toBeVisible();
    store.rateTicket(ticketId, { score: 5 });
    await page.getByRole('radio', { name: '2 — так себе' }).click();
    await page.getByRole('button', { name: 'Отправить оценку' }).click();
    await expect.element(page.getByRole('alert').filter({ hasText: 'Оценка уже поставлена' })).toBeVisible();
    await expect.element(page.getByText('Ваша оценка: 5 из 5')).toBeVisible();
    expect(store.getTicket(ticketId).rating).toEqual({ score: 5 });
  });

  it('a request the moderator has just resolved can be rated and reopened', async () => {
    const ticketId = showcase.waitingThirdParty;
    const { store } = await renderLiveTicket({
      ticketId,
      before: ({ moderator }) => {
        moderator.track(ticketId);
        moderator.runUntil('resolved', ticketId);
      },
    });
    await expect.element(page.getByRole('button', { name: 'Открыть повторно' })).toBeVisible();
    await page.getByRole('radio', { name: '5 — отлично' }).click();
    await page.getByRole('button', { name: 'Отправить оценку' }).click();
    await expect.element(page.getByText('Ваша оценка: 5 из 5')).toBeVisible();
    expect(store.getTicket(ticketId).rating).toEqual({ score: 5 });
  });

  it('a closed, rated request: the rating read-only, no reply, a way to a new request', async () => {
    await renderLiveTicket({ ticketId: showcase.closed });
    await expect.element(page.getByText('Ваша оценка: 4 из 5')).toBeVisible();
    await expect.element(page.getByText('Ваш комментарий: Быстро разобрались, спасибо!')).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Обращение закрыто' })).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: 'Сообщение' })).not.toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: 'Открыть повторно' })).not.toBeInTheDocument();
  });

  it('speaks English', async () => {
    await renderLiveTicket({ ticketId: showcase.resolved, locale: 'en' });
    await page.getByRole('radio', { name: '5 — excellent' }).click();
    await page.getByRole('button', { name: 'Send rating' }).click();
    await expect.element(page.getByText('Your rating: 5 of 5')).toBeVisible();
  });
});

describe('By status', () => {
  it('a request in progress offers only the reply', async () => {
    await renderLiveTicket({ ticketId: showcase.waitingThirdParty });
    await expect.element(page.getByRole('textbox', { name: 'Сообщение' })).toBeVisible();
    await expect
      .element(page.getByRole('heading', { name: 'Оцените помощь поддержки' }))
      .not.toBeInTheDocument();
    await expect.element(page.getByRole('heading', { name: 'Вопрос не решён?' })).not.toBeInTheDocument();
  });
});
