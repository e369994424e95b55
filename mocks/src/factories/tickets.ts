import type { Moderator, Policy, Ticket, TicketEvent } from '@seller-support/contract';
import { topics } from '@seller-support/contract';
import { moderators } from '../catalog';
import { createRng, mixSeed, type Rng } from '../random';
import { dayMs, defaultNow, minuteMs, parseTimestamp, toMoscowIso } from '../time';
import { firstResponseDue, makePolicy } from './policy';
import {
  settledOffers,
  showcase,
  showcaseAgesMinutes,
  stepsByTopic,
  subjectsByTopic,
  type TicketPlan,
} from './showcase';

/** A ticket as the server keeps it: always with its full timeline. */
export type TicketWithEvents = Ticket & { events: TicketEvent[] };

/** The id a ticket of this number has, e.g. `T-000105`. */
export function ticketId(number: number): string {
  return `T-${String(number).padStart(6, '0')}`;
}

/** Builds a plausible timeline that ends in `plan.status`; every timestamp is before `nowMs`. */
function buildTicket(
  rng: Rng,
  number: number,
  plan: TicketPlan,
  createdAtMs: number,
  nowMs: number,
  policy: Policy,
  holder?: Moderator,
): TicketWithEvents {
  const picked: Moderator = { ...rng.pick(moderators) };
  const moderator: Moderator = holder === undefined ? picked : { ...holder };
  const events: TicketEvent[] = [];
  // Events are spread over the time between creation and a moment shortly before now.
  const span = Math.max(10 * minuteMs, Math.min(nowMs - createdAtMs - 5 * minuteMs, 5 * dayMs));
  let at = createdAtMs;
  const next = (fraction: number) => {
    at = Math.min(
      nowMs - minuteMs,
      at + Math.max(minuteMs, Math.round((span * fraction) / minuteMs) * minuteMs),
    );
    return toMoscowIso(at);
  };
  const push = (event: TicketEvent) => {
    events.push(event);
  };
  const eventId = () => `ev-${number}-${events.length + 1}`;

  push({ id: eventId(), at: toMoscowIso(createdAtMs), kind: 'created' });
  if (plan.status !== 'new') {
    push({ id: eventId(), at: next(0.05), kind: 'assigned', moderator });
    push({
      id: eventId(),
      at: next(0.05),
      kind: 'message',
      author: 'moderator',
      body: `Здравствуйте! Это ${moderator.displayName.replace('Модератор ', '')}, ваше обращение у меня в работе. Проведу его до решения.`,
      attachments: [],
    });
  }
  switch (plan.status) {
    case 'new':
      break;
    case 'in_progress':
      push({ id: eventId(), at: next(0.2), kind: 'step', text: stepsByTopic[plan.topic] });
      break;
    case 'waiting_seller':
      push({
        id: eventId(),
        at: next(0.2),
        kind: 'step',
        text: 'Проверили заказ и дату продажи: гарантия действует',
      });
      push({
        id: eventId(),
        at: next(0.1),
        kind: 'message',
        author: 'moderator',
        body: 'Пришлите, пожалуйста, фото этикетки с серийным номером и фото дефекта. Без них сервисный центр не примет товар.',
        attachments: [],
      });
      break;
    case 'waiting_third_party':
      push({
        id: eventId(),
        at: next(0.2),
        kind: 'step',
        text: 'Запросили записи камер пункта выдачи за дату обращения',
      });
      push({
        id: eventId(),
        at: next(0.1),
        kind: 'third_party',
        party: 'other',
        note: 'Ждём ответа партнёра, который управляет пунктом выдачи; обычно это занимает до 3 рабочих дней.',
      });
      break;
    case 'offer_proposed':
      push({
        id: eventId(),
        at: next(0.2),
        kind: 'step',
        text: 'Сверили фото упаковки с актом приёмки возврата',
      });
      push({
        id: eventId(),
        at: next(0.1),
        kind: 'offer',
        offer: {
          id: `of-${number}-1`,
          kind: 'compensation',
          description: 'Компенсация стоимости повреждённого товара на баланс продавца',
          amount: { amount: '1490.00', currency: 'RUB' },
          status: 'pending',
        },
      });
      push({
        id: eventId(),
        at: next(0.05),
        kind: 'message',
        author: 'moderator',
        body: 'Вернуть товар в продажу нельзя, поэтому предлагаю компенсацию. Примите или отклоните предложение.',
        attachments: [],
      });
      break;
    case 'resolved':
    case 'closed': {
      push({ id: eventId(), at: next(0.3), kind: 'step', text: stepsByTopic[plan.topic] });
      const settled = settledOffers[plan.topic];
      if (settled) {
        // A compromise the seller accepted: the offer, why, the decision, then the resolution.
        const offerId = `of-${number}-1`;
        push({
          id: eventId(),
          at: next(0.1),
          kind: 'offer',
          offer: {
            id: offerId,
            kind: settled.kind,
            description: settled.description,
            amount: { amount: settled.amount, currency: 'RUB' },
            status: 'accepted',
          },
        });
        push({
          id: eventId(),
          at: next(0.02),
          kind: 'message',
          author: 'moderator',
          body: 'Сделать в точности как вы просили не получится, поэтому предлагаю компромисс. Примите или отклоните предложение.',
          attachments: [],
        });
        push({ id: eventId(), at: next(0.1), kind: 'offer_decided', offerId, decision: 'accept' });
        push({ id: eventId(), at: next(0.01), kind: 'resolved', note: 'Предложение принято продавцом' });
        break;
      }
      push({
        id: eventId(),
        at: next(0.1),
        kind: 'message',
        author: 'moderator',
        body: 'Всё исправили. Проверьте, пожалуйста, и напишите, если вопрос остался.',
        attachments: [],
      });
      push({ id: eventId(), at: next(0.05), kind: 'resolved', note: 'Вопрос решён' });
      break;
    }
  }
  let rating: Ticket['rating'] = null;
  if (plan.status === 'closed') {
    rating = { score: rng.int(4, 5), comment: 'Быстро разобрались, спасибо!' };
    push({ id: eventId(), at: next(0.05), kind: 'rated', ...rating });
    push({ id: eventId(), at: next(0.02), kind: 'closed' });
  }
  const last = events[events.length - 1];
  return {
    id: ticketId(number),
    number: String(number),
    topic: plan.topic,
    subject: plan.subject,
    status: plan.status,
    createdAt: toMoscowIso(createdAtMs),
    updatedAt: last ? last.at : toMoscowIso(createdAtMs),
    assignee: plan.status === 'new' ? null : moderator,
    expectedFirstResponseBy:
      plan.status === 'new' ? toMoscowIso(firstResponseDue(policy, createdAtMs)) : null,
    unread: plan.unread,
    events,
    rating,
  };
}

/**
 * One ticket with a timeline matching its status (default: a random one). Overrides apply last,
 * so `makeTicket(rng, { status: 'resolved' })` gets a resolved timeline.
 */
export function makeTicket(
  rng: Rng,
  overrides: Partial<TicketWithEvents> = {},
  options: { now?: string; policy?: Policy } = {},
): TicketWithEvents {
  const nowMs = parseTimestamp(options.now ?? defaultNow);
  const plan = showcase.find((candidate) => candidate.status === overrides.status) ?? rng.pick(showcase);
  const topic = overrides.topic ?? plan.topic;
  const subject =
    overrides.subject ?? (topic === plan.topic ? plan.subject : rng.pick(subjectsByTopic[topic]));
  const createdAtMs = overrides.createdAt
    ? parseTimestamp(overrides.createdAt)
    : nowMs - rng.int(30, 3 * 24 * 60) * minuteMs;
  const number = overrides.number ? Number(overrides.number) : rng.int(100, 999);
  const ticket = buildTicket(
    rng,
    number,
    { ...plan, topic, subject },
    createdAtMs,
    nowMs,
    options.policy ?? makePolicy(),
  );
  return { ...ticket, ...overrides };
}

/** `count` tickets, newest first: the showcase (one per status), then older resolved and closed ones. */
export function makeTickets(seed: number, count: number, nowMs: number, policy: Policy): TicketWithEvents[] {
  const rng = createRng(mixSeed(seed, 0x71c));
  const result: TicketWithEvents[] = [];
  const firstNumber = 100;
  for (let j = 0; j < count; j += 1) {
    const number = firstNumber + count - j;
    let plan = showcase[j];
    if (plan === undefined) {
      const topic = rng.pick(topics);
      plan = {
        status: rng.chance(0.7) ? 'closed' : 'resolved',
        topic,
        subject: rng.pick(subjectsByTopic[topic]),
        unread: 0,
      };
    }
    const ageMs =
      j < showcaseAgesMinutes.length
        ? (showcaseAgesMinutes[j] ?? 0) * minuteMs
        : (j * 3 + rng.int(0, 2)) * dayMs;
    result.push(buildTicket(rng, number, plan, nowMs - ageMs, nowMs, policy));
  }
  return result;
}

/**
 * The tickets that make the desk's queue worth looking at, beside the showcase: at `nowMs` one new
 * request whose first answer is overdue, one new and still within its target, one in progress held
 * by `mine` with the seller's unread reply, one waiting for a third party held by `other`.
 */
export function makeDeskQueueTickets(
  seed: number,
  firstNumber: number,
  nowMs: number,
  policy: Policy,
  holders: { mine: Moderator; other: Moderator },
): TicketWithEvents[] {
  const rng = createRng(mixSeed(seed, 0xde5c));
  const overdue = buildTicket(
    rng,
    firstNumber,
    { status: 'new', topic: 'parcel_location', subject: 'Посылка застряла на сортировке', unread: 0 },
    nowMs - 75 * minuteMs,
    nowMs,
    policy,
  );
  const fresh = buildTicket(
    rng,
    firstNumber + 1,
    { status: 'new', topic: 'account', subject: 'Не приходит код для входа в кабинет', unread: 0 },
    nowMs - 4 * minuteMs,
    nowMs,
    policy,
  );
  const mine = buildTicket(
    rng,
    firstNumber + 2,
    { status: 'in_progress', topic: 'orders', subject: 'Изменить адрес доставки в заказе', unread: 0 },
    nowMs - 3 * 60 * minuteMs,
    nowMs,
    policy,
    holders.mine,
  );
  // The seller answered after the moderator's step: unread at the desk, the queue's "new reply" mark.
  const replyAt = toMoscowIso(nowMs - 20 * minuteMs);
  mine.events.push({
    id: `ev-${firstNumber + 2}-${mine.events.length + 1}`,
    at: replyAt,
    kind: 'message',
    author: 'seller',
    body: 'Новый адрес: Москва, ул. Лесная, 5, кв. 12. Успеете поменять до отгрузки?',
    attachments: [],
  });
  mine.updatedAt = replyAt;
  const other = buildTicket(
    rng,
    firstNumber + 3,
    {
      status: 'waiting_third_party',
      topic: 'staff_complaint',
      subject: 'Склад не принял поставку целиком',
      unread: 0,
    },
    nowMs - 26 * 60 * minuteMs,
    nowMs,
    policy,
    holders.other,
  );
  return [overdue, fresh, mine, other];
}
