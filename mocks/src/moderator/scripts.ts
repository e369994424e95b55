import type { TicketEvent, TicketStatus } from '@seller-support/contract';
import type { TicketWithEvents } from '../factories';
import { formatRubles, kopecksOf } from '../money';
import type { ModeratorAction } from '../desk/store';
import { say, topicScripts, type Case } from './topics';

/**
 * The moderator's scripts as data: for a request, the actions the moderator will take, in order,
 * each with the event it adds and the status it leaves. Pure; the simulator decides when they run,
 * and the desk's operations (`DeskStore.act`) apply them, as they do a person's at the desk.
 */

/** One thing the moderator will do: the desk action and, for `pending()`, the event and status it gives. */
export interface ActionSpec {
  key: ActionKey;
  kind: TicketEvent['kind'];
  status: TicketStatus | null;
  /** How long the moderator "takes" before this action, in store-clock minutes. */
  minutes: number;
  build(ticket: TicketWithEvents): ModeratorAction;
}

type ActionKey =
  | 'assign'
  | 'greet'
  | 'investigate'
  | 'third_party'
  | 'third_party_answer'
  | 'work'
  | 'answer'
  | 'offer'
  | 'offer_message'
  | 'resolve'
  | 'reply';

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A step, a message, a resolution: the fixed-text actions. */
function step(key: ActionKey, minutes: number, text: string): ActionSpec {
  return {
    key,
    kind: 'step',
    status: 'in_progress',
    minutes,
    build: () => ({ kind: 'step', text }),
  };
}

function message(key: ActionKey, minutes: number, body: string): ActionSpec {
  return {
    key,
    kind: 'message',
    status: null,
    minutes,
    build: () => ({ kind: 'message', body, attachments: [] }),
  };
}

function resolve(minutes: number, note: string): ActionSpec {
  return {
    key: 'resolve',
    kind: 'resolved',
    status: 'resolved',
    minutes,
    build: () => ({ kind: 'resolve', note }),
  };
}

/** The whole path of a request of this topic, from assignment to an offer or a resolution. */
export function mainScript(c: Case): ActionSpec[] {
  const script = topicScripts[c.ticket.topic];
  const name = c.moderator.displayName.replace(/^Модератор\s+/, '');
  const actions: ActionSpec[] = [
    {
      key: 'assign',
      kind: 'assigned',
      status: 'in_progress',
      // Well within the policy's first-response target (15 minutes by day).
      minutes: 2,
      build: () => ({ kind: 'take' }),
    },
    message(
      'greet',
      0,
      `Здравствуйте! Я ${say(c, 'взяла', 'взял')} ваше обращение в работу и проведу его до решения. Меня зовут ${name}; о каждом шаге буду писать здесь.`,
    ),
    step('investigate', 24, script.investigate(c)),
  ];
  const thirdParty = script.thirdParty?.(c);
  if (thirdParty) {
    actions.push({
      key: 'third_party',
      kind: 'third_party',
      status: 'waiting_third_party',
      minutes: 9,
      build: () => ({ kind: 'third_party', party: thirdParty.party, note: thirdParty.note }),
    });
    actions.push(step('third_party_answer', 3 * 60, thirdParty.answer));
  }
  const offer = script.offer?.(c);
  if (offer) {
    actions.push({
      key: 'offer',
      kind: 'offer',
      status: 'offer_proposed',
      minutes: 14,
      build: () => ({ kind: 'offer', offer: { ...offer } }),
    });
    actions.push(
      message(
        'offer_message',
        0,
        `Сделать ровно так, как вы просили, не получится, поэтому предлагаю компромисс — ${lowerFirst(offer.description)} (${formatRubles(kopecksOf(offer.amount))}). Примите или отклоните предложение в карточке обращения.`,
      ),
    );
    return actions;
  }
  if (script.work !== undefined) actions.push(step('work', 30, script.work));
  if (script.answer !== undefined) actions.push(message('answer', 5, script.answer));
  actions.push(resolve(2, script.resolution ?? 'Вопрос решён'));
  return actions;
}

/** What is left of the main script for a ticket that already stands somewhere (a dataset ticket). */
export function continuation(c: Case, status: TicketStatus): ActionSpec[] {
  const all = mainScript(c);
  const after = (key: ActionKey) => {
    const index = all.findIndex((action) => action.key === key);
    return index < 0 ? null : all.slice(index + 1);
  };
  switch (status) {
    case 'new':
      return all;
    case 'in_progress':
    case 'waiting_seller':
      return after('investigate') ?? [];
    case 'waiting_third_party':
      return after('third_party') ?? after('investigate') ?? [];
    case 'offer_proposed':
    case 'resolved':
    case 'closed':
      return [];
  }
}

function pendingOffer(ticket: TicketWithEvents): boolean {
  return ticket.events.some((event) => event.kind === 'offer' && event.offer.status === 'pending');
}

/** The moderator's answer to a seller's message, by where the request stood when they wrote. */
export function replyTo(c: Case, previousStatus: TicketStatus): ActionSpec {
  const ticket = c.ticket;
  let body: string;
  if (previousStatus === 'waiting_seller') {
    body = `Спасибо, всё ${say(c, 'получила', 'получил')}. Продолжаю работу по обращению.`;
  } else if (pendingOffer(ticket)) {
    body =
      'Спасибо за сообщение. Предложение остаётся в силе: примите или отклоните его в карточке обращения, и я продолжу.';
  } else if (ticket.status === 'resolved') {
    body = 'Спасибо! Если вопрос снова актуален, откройте обращение повторно — я к нему вернусь.';
  } else {
    body = `Спасибо за уточнение, ${say(c, 'учла', 'учёл')} его. Вернусь с ответом, как только будет результат.`;
  }
  return message('reply', 5, body);
}

/** What follows the seller's decision on an offer: a confirmation, or the standard path without it. */
export function afterOfferDecision(c: Case, offerId: string, decision: 'accept' | 'decline'): ActionSpec[] {
  if (decision === 'accept') {
    const offer = c.ticket.events.find((event) => event.kind === 'offer' && event.offer.id === offerId);
    const amount =
      offer?.kind === 'offer' && offer.offer.amount !== null
        ? `${formatRubles(kopecksOf(offer.offer.amount))} поступят`
        : 'Компенсация поступит';
    return [
      message(
        'reply',
        2,
        `Спасибо, что приняли предложение! ${amount} на баланс в течение 3 рабочих дней. Если появятся вопросы — напишите здесь.`,
      ),
    ];
  }
  return [
    step('work', 20, 'Пересмотрели обращение по стандартному регламенту после отказа от предложения'),
    resolve(2, 'Предложение отклонено: обращение решено по стандартному регламенту, без компенсации'),
  ];
}

/** A reopened request: the moderator comes back, works on it again and resolves it anew. */
export function afterReopening(c: Case): ActionSpec[] {
  return [
    message(
      'reply',
      5,
      `${say(c, 'Вернулась', 'Вернулся')} к обращению. Разберусь, что пошло не так, и напишу здесь.`,
    ),
    step('work', 30, 'Повторно проверили решение по обращению и устранили причину'),
    resolve(2, 'Вопрос решён повторно после переоткрытия'),
  ];
}
