import type { Moderator, TicketEvent } from '@seller-support/contract';
import { moderators } from '../catalog';
import type { Rng } from '../random';
import { dayMs, defaultNow, minuteMs, parseTimestamp, toMoscowIso } from '../time';
import { ticketId, type TicketWithEvents } from './tickets';

const longSellerLines = [
  'Добрый день! Сверила отчёт ещё раз, расхождение осталось.',
  'Прикладываю выгрузку из учётной системы за эту неделю.',
  'Уточните, пожалуйста, по какому заказу удержана комиссия?',
  'В отчёте о реализации эта строка задвоена.',
  'Спасибо, посмотрю и вернусь с ответом.',
  'Бухгалтерия просит акт сверки с подписью.',
  'Выплата пришла, но сумма меньше на одну позицию.',
  'Есть ли срок, к которому вопрос закроется?',
] as const;

const longModeratorLines = [
  'Спасибо, получили. Передала выгрузку в финансовый отдел.',
  'Удержание относится к заказу из прошлого периода: его вернули после отчётной даты.',
  'Проверили строку: это корректировка, а не задвоение. Пришлю расшифровку.',
  'Акт сверки сформирован, он появится в разделе «Документы» в течение дня.',
  'Финансовый отдел подтвердил расхождение, готовим доначисление.',
  'Пока ждём ответа бухгалтерии; как только будет результат — напишу.',
  'Уточните, пожалуйста, номер платёжного поручения из выписки.',
] as const;

const longSteps = [
  'Сверили реестр выплат с отчётом о реализации',
  'Запросили в финансовом отделе расшифровку удержаний',
  'Пересчитали комиссию по заказам периода',
] as const;

/**
 * A request with a long history (for the virtualised timeline): `events` events in all, mostly a
 * conversation between the seller and the moderator with a step now and then, still in progress.
 * Every timestamp is before `now`, each a minute or more after the one before.
 */
export function makeLongConversationTicket(
  rng: Rng,
  events: number,
  options: { now?: string; number?: number; unread?: number } = {},
): TicketWithEvents {
  const total = Math.max(3, Math.floor(events));
  const nowMs = parseTimestamp(options.now ?? defaultNow);
  const number = options.number ?? rng.int(100, 999);
  const moderator: Moderator = { ...rng.pick(moderators) };
  // A few weeks of correspondence, ending a few minutes ago; never less than a minute a step.
  const endMs = nowMs - 5 * minuteMs;
  const stepMs = Math.max(minuteMs, Math.floor((30 * dayMs) / total / minuteMs) * minuteMs);
  const createdAtMs = endMs - (total - 1) * stepMs;
  const at = (index: number) => toMoscowIso(createdAtMs + index * stepMs);
  const id = (index: number) => `ev-${number}-${index + 1}`;
  const timeline: TicketEvent[] = [
    { id: id(0), at: at(0), kind: 'created' },
    { id: id(1), at: at(1), kind: 'assigned', moderator },
  ];
  let sellerTurn = false;
  for (let index = timeline.length; index < total; index += 1) {
    if (index % 17 === 0) {
      timeline.push({ id: id(index), at: at(index), kind: 'step', text: rng.pick(longSteps) });
      continue;
    }
    const lines = sellerTurn ? longSellerLines : longModeratorLines;
    timeline.push({
      id: id(index),
      at: at(index),
      kind: 'message',
      author: sellerTurn ? 'seller' : 'moderator',
      body: `${rng.pick(lines)} (№ ${index})`,
      attachments: [],
    });
    // Mostly alternating, sometimes two messages in a row from the same side, as people write.
    if (!rng.chance(0.2)) sellerTurn = !sellerTurn;
  }
  const last = timeline[timeline.length - 1];
  return {
    id: ticketId(number),
    number: String(number),
    topic: 'payments',
    subject: 'Сверка выплат за квартал: длинная переписка',
    status: 'in_progress',
    createdAt: at(0),
    updatedAt: last ? last.at : at(0),
    assignee: moderator,
    expectedFirstResponseBy: null,
    unread: options.unread ?? 3,
    events: timeline,
    rating: null,
  };
}
