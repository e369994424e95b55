import {
  isWellFormedMoney,
  ticketEventSchema,
  type CreateTicketBody,
  type Moderator,
  type Money,
  type SnapshotOrder,
  type TicketEvent,
  type TicketStatus,
  type Topic,
} from '@seller-support/contract';
import * as z from 'zod/mini';
import { moderators } from './catalog';
import type { TicketWithEvents } from './factories';
import { ContractDriftError } from './handlers/shared';
import { formatRubles, kopecksOf, rub } from './money';
import { mixSeed } from './random';
import type { DistributiveOmit, MockStore, ModeratorChanges, StoreChange } from './store';
import { minuteMs } from './time';

/**
 * What moves the moderator:
 * - `manual`: nothing happens until a test or story calls `step()` / `runUntil()`;
 * - `timer`: each queued action runs after a delay (`delaysMs[i]` before the i-th action since the
 *   seller last did something; the last value repeats; a number is the same delay every time);
 * - `off`: no moderator at all; the store's tickets only change when the seller changes them.
 */
export type ModeratorClock =
  { mode: 'manual' } | { mode: 'timer'; delaysMs: number | readonly number[] } | { mode: 'off' };

/** Short delays for the demo: the first answer after 3 s, then a step every few seconds. */
export const demoModeratorDelaysMs: readonly number[] = [3000, 3000, 5000, 6000];

/** One action the simulator took: the event it added and the status the ticket is in after it. */
export interface ModeratorStep {
  ticketId: string;
  event: TicketEvent;
  status: TicketStatus;
}

/** An action the simulator will take; `status` is the status it sets, or null when it keeps the current one. */
export interface PendingModeratorStep {
  ticketId: string;
  kind: TicketEvent['kind'];
  status: TicketStatus | null;
}

/**
 * A deterministic support moderator playing the other side of the mock API. It picks up each
 * request created through `POST /tickets` and leads it: assigned (with a greeting), a step, a third
 * party for the topics that need one, an offer where a compromise makes sense (orders, payments,
 * warranty, parcel location), and a resolution. It answers the seller's messages, and the seller's
 * offer decision drives what comes next. Time in events is the store's clock, moved forward a few
 * minutes per action, so the same seed and the same calls give the same timeline.
 */
export interface ModeratorSimulator {
  readonly mode: ModeratorClock['mode'];
  /**
   * Runs the next queued action (of `ticketId`, or the oldest queued one of any ticket) and returns
   * what it did, or null when there is nothing to do (the moderator is waiting for the seller).
   * Works in every mode except `off`; in `timer` mode it also restarts that ticket's timer.
   */
  step(ticketId?: string): ModeratorStep | null;
  /**
   * Steps `ticketId` (default: the ticket the seller touched last) until it has `status`, and returns
   * it with its events. Throws when the moderator runs out of actions first (e.g. an offer waits for
   * the seller's decision).
   */
  runUntil(status: TicketStatus, ticketId?: string): TicketWithEvents;
  /** The queued actions, in the order `step()` would run them. */
  pending(ticketId?: string): PendingModeratorStep[];
  /**
   * Makes the moderator lead an existing ticket (e.g. one of the dataset's) from where it stands, as
   * it does by itself once the seller writes in it or decides its offer.
   */
  track(ticketId: string): void;
  /** Clears every timer and schedules no more (no leaks); `step()` still works afterwards. */
  stop(): void;
}

interface Action {
  seq: number;
  key: ActionKey;
  kind: TicketEvent['kind'];
  status: TicketStatus | null;
  /** How long the moderator "takes" before this action, in store-clock minutes. */
  minutes: number;
  build(ticket: TicketWithEvents): {
    event: DistributiveOmit<TicketEvent, 'id' | 'at'>;
    changes: ModeratorChanges;
  };
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

type ActionSpec = Omit<Action, 'seq'>;

/** What the scripts need to know about a request. */
interface Case {
  ticket: TicketWithEvents;
  submission: CreateTicketBody | undefined;
  moderator: Moderator;
  /** The moderator's grammatical gender, for "взяла" / "взял". */
  feminine: boolean;
  facilityName: string | null;
}

function say(c: Case, feminine: string, masculine: string): string {
  return c.feminine ? feminine : masculine;
}

/** Kopecks of an order's total, or null where the snapshot echoed an amount that is not money. */
function totalKopecks(c: Case): number | null {
  const total = firstOrder(c)?.total;
  return total === undefined || !isWellFormedMoney(total) ? null : kopecksOf(total);
}

function firstOrder(c: Case): SnapshotOrder | undefined {
  const submission = c.submission;
  if (!submission) return undefined;
  const wanted = submission.orderIds[0];
  return submission.context.orders.find((order) => order.id === wanted) ?? submission.context.orders[0];
}

function orderRef(c: Case): string {
  const id = firstOrder(c)?.id ?? c.submission?.orderIds[0];
  return id === undefined ? 'заказу' : `заказу ${id}`;
}

interface ThirdParty {
  party: 'carrier' | 'warehouse' | 'service_centre' | 'other';
  note: string;
  answer: string;
}

interface OfferPlan {
  kind: 'discount' | 'compensation';
  description: string;
  amount: Money;
}

interface TopicScript {
  investigate(c: Case): string;
  thirdParty?(c: Case): ThirdParty;
  /** Topics where a compromise makes sense end their script with an offer… */
  offer?(c: Case): OfferPlan;
  /** …the others with more work, an answer and a resolution. */
  work?: string;
  answer?: string;
  resolution?: string;
}

const scripts: Record<Topic, TopicScript> = {
  account: {
    investigate: () => 'Проверили журнал входов и настройки доступа к кабинету',
    work: 'Нашли причину и передали исправление разработчикам кабинета; исправление выпущено',
    answer:
      'Исправление уже работает. Проверьте, пожалуйста, у себя; если ошибка повторится, напишите здесь.',
    resolution: 'Ошибка исправлена, доступ к кабинету работает',
  },
  orders: {
    investigate: (c) => `Проверили статус по ${orderRef(c)} на складе и в системе учёта`,
    offer: (c) => {
      const total = totalKopecks(c);
      const kopecks = total === null ? 149_000 : Math.max(19_900, Math.round(total / 1000) * 100);
      return {
        kind: 'compensation',
        description: `Компенсация стоимости обратной доставки по ${orderRef(c)} на баланс продавца`,
        amount: rub(kopecks),
      };
    },
  },
  staff_complaint: {
    investigate: () => 'Запросили записи камер и объяснения сотрудника за дату обращения',
    thirdParty: (c) => {
      const place = c.facilityName === null ? '' : ` «${c.facilityName}»`;
      const submission = c.submission;
      const atWarehouse =
        submission?.topic === 'staff_complaint' && submission.fields.facilityType === 'warehouse';
      return atWarehouse
        ? {
            party: 'warehouse',
            note: `Передали жалобу руководству склада${place}; ответ обычно приходит в течение 3 рабочих дней.`,
            answer: 'Склад подтвердил нарушение: с сотрудником провели беседу, приёмка идёт по регламенту',
          }
        : {
            party: 'other',
            note: `Передали жалобу партнёру, который управляет пунктом выдачи${place}; ответ — до 3 рабочих дней.`,
            answer:
              'Партнёр подтвердил нарушение: с сотрудником провели беседу, возвраты принимают по регламенту',
          };
    },
    answer: 'Жалобу подтвердили, меры приняты. Спасибо, что сообщили: так сервис становится лучше.',
    resolution: 'Жалоба рассмотрена, нарушение устранено',
  },
  parcel_location: {
    investigate: (c) => `Проверили трекинг по ${orderRef(c)}: посылка несколько дней не сканировалась`,
    thirdParty: (c) => ({
      party: 'carrier',
      note: `Запросили у перевозчика розыск посылки по ${orderRef(c)}; обычно он отвечает в течение суток.`,
      answer: 'Перевозчик нашёл посылку: она задержалась на сортировочном центре и уже едет в пункт выдачи',
    }),
    offer: (c) => {
      const total = totalKopecks(c);
      const kopecks = total === null ? 45_000 : Math.max(15_000, Math.round(total / 2000) * 100);
      return {
        kind: 'discount',
        description: `Скидка на логистику: вернём стоимость доставки по ${orderRef(c)}`,
        amount: rub(kopecks),
      };
    },
  },
  logistics_info: {
    investigate: () => 'Уточнили у склада график работы и правила приёмки',
    answer:
      'Склад принимает поставки ежедневно с 08:00 до 20:00 по записи в разделе «Поставки»; в пункте выдачи заказ хранится 7 дней. Если нужно что-то ещё — напишите.',
    resolution: 'Дали справку по графику и правилам приёмки',
  },
  fraud: {
    investigate: () => 'Передали обращение в службу безопасности',
    work: 'Служба безопасности заблокировала номер и проверила входы в ваш кабинет: посторонних нет',
    answer:
      'Маркетплейс никогда не просит назвать код из СМС или пароль. Посторонних входов в кабинет не было; на всякий случай смените пароль.',
    resolution: 'Мошенническая активность пресечена, кабинет в безопасности',
  },
  payments: {
    investigate: (c) => {
      const submission = c.submission;
      const period =
        submission?.topic === 'payments' && submission.fields.payoutPeriod
          ? ` с ${submission.fields.payoutPeriod.from} по ${submission.fields.payoutPeriod.to}`
          : '';
      return `Запросили в финансовом отделе реестр выплат за период${period}`;
    },
    offer: (c) => {
      const submission = c.submission;
      const claimed = submission?.topic === 'payments' ? submission.fields.amount : undefined;
      return {
        kind: 'compensation',
        description: 'Возврат удержанной комиссии со следующей выплатой',
        amount: claimed ?? rub(235_000),
      };
    },
  },
  warranty: {
    investigate: () => 'Проверили заказ и дату продажи: гарантия действует',
    thirdParty: (c) => ({
      party: 'service_centre',
      note: `Передали товар${itemName(c)} в авторизованный сервисный центр на диагностику; это занимает до 5 рабочих дней.`,
      answer: 'Сервисный центр подтвердил заводской дефект: ремонт невозможен, замены на складе нет',
    }),
    offer: (c) => {
      const price = warrantyItem(c)?.price;
      return {
        kind: 'compensation',
        description: `Компенсация стоимости товара${itemName(c)}: замены на складе сервисного центра нет`,
        amount: price ?? rub(399_000),
      };
    },
  },
};

function warrantyItem(c: Case): SnapshotOrder['items'][number] | undefined {
  const submission = c.submission;
  if (submission?.topic !== 'warranty') return undefined;
  return firstOrder(c)?.items.find((item) => item.sku === submission.fields.itemSku);
}

function itemName(c: Case): string {
  const name = warrantyItem(c)?.name;
  return name === undefined ? '' : ` «${name}»`;
}

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
    build: () => ({ event: { kind: 'step', text }, changes: { status: 'in_progress' } }),
  };
}

function message(key: ActionKey, minutes: number, body: string): ActionSpec {
  return {
    key,
    kind: 'message',
    status: null,
    minutes,
    build: () => ({ event: { kind: 'message', author: 'moderator', body, attachments: [] }, changes: {} }),
  };
}

function resolve(minutes: number, note: string): ActionSpec {
  return {
    key: 'resolve',
    kind: 'resolved',
    status: 'resolved',
    minutes,
    build: () => ({ event: { kind: 'resolved', note }, changes: { status: 'resolved' } }),
  };
}

/** The whole path of a request of this topic, from assignment to an offer or a resolution. */
function mainScript(c: Case): ActionSpec[] {
  const script = scripts[c.ticket.topic];
  const name = c.moderator.displayName.replace(/^Модератор\s+/, '');
  const actions: ActionSpec[] = [
    {
      key: 'assign',
      kind: 'assigned',
      status: 'in_progress',
      // Well within the policy's first-response target (15 minutes by day).
      minutes: 2,
      build: () => ({
        event: { kind: 'assigned', moderator: { ...c.moderator } },
        changes: { status: 'in_progress', assignee: { ...c.moderator }, expectedFirstResponseBy: null },
      }),
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
      build: () => ({
        event: { kind: 'third_party', party: thirdParty.party, note: thirdParty.note },
        changes: { status: 'waiting_third_party' },
      }),
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
      build: (ticket) => {
        const made = ticket.events.filter((event) => event.kind === 'offer').length;
        return {
          event: {
            kind: 'offer',
            offer: { id: `of-${ticket.number}-${made + 1}`, ...offer, status: 'pending' },
          },
          changes: { status: 'offer_proposed' },
        };
      },
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
function continuation(c: Case, status: TicketStatus): ActionSpec[] {
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

function replyTo(c: Case, previousStatus: TicketStatus): ActionSpec {
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

function isFeminine(moderator: Moderator): boolean {
  return /[ая]$/.test(moderator.displayName.trim());
}

interface Track {
  queue: Action[];
  /** Actions run since the seller last did something: indexes `delaysMs`. */
  run: number;
  timer: ReturnType<typeof setTimeout> | null;
}

const maxRunSteps = 1000;

class Simulator implements ModeratorSimulator {
  readonly mode: ModeratorClock['mode'];
  private readonly store: MockStore;
  private readonly delays: readonly number[];
  private tracks = new Map<string, Track>();
  private seq = 0;
  private stopped = false;
  private lastTouched: string | null = null;

  constructor(store: MockStore, clock: ModeratorClock) {
    this.store = store;
    this.mode = clock.mode;
    this.delays =
      clock.mode !== 'timer'
        ? []
        : typeof clock.delaysMs === 'number'
          ? [clock.delaysMs]
          : clock.delaysMs.length > 0
            ? [...clock.delaysMs]
            : [0];
    if (clock.mode !== 'off') {
      store.subscribe((change) => {
        this.onChange(change);
      });
    }
  }

  // --- reacting to the seller --------------------------------------------------------------------

  private onChange(change: StoreChange): void {
    switch (change.type) {
      case 'reset':
        this.clearTimers();
        this.tracks = new Map();
        this.lastTouched = null;
        return;
      case 'ticket-created': {
        const c = this.caseOf(change.ticketId);
        if (c) this.replace(change.ticketId, mainScript(c));
        return;
      }
      case 'seller-message': {
        const c = this.caseOf(change.ticketId);
        if (!c || c.ticket.status === 'closed') return;
        const track = this.tracks.get(change.ticketId);
        const rest = track ? track.queue : this.specsToActions(continuation(c, change.previousStatus));
        // An unassigned request gets its greeting soon anyway; an assigned one gets an answer first.
        const reply =
          c.ticket.assignee === null ? [] : this.specsToActions([replyTo(c, change.previousStatus)]);
        this.set(change.ticketId, [...reply, ...rest]);
        return;
      }
      case 'offer-decided': {
        const c = this.caseOf(change.ticketId);
        if (!c) return;
        if (change.decision === 'accept') {
          const offer = c.ticket.events.find(
            (event) => event.kind === 'offer' && event.offer.id === change.offerId,
          );
          const amount =
            offer?.kind === 'offer' && offer.offer.amount !== null
              ? `${formatRubles(kopecksOf(offer.offer.amount))} поступят`
              : 'Компенсация поступит';
          this.replace(change.ticketId, [
            message(
              'reply',
              2,
              `Спасибо, что приняли предложение! ${amount} на баланс в течение 3 рабочих дней. Если появятся вопросы — напишите здесь.`,
            ),
          ]);
        } else {
          this.replace(change.ticketId, [
            step('work', 20, 'Пересмотрели обращение по стандартному регламенту после отказа от предложения'),
            resolve(2, 'Предложение отклонено: обращение решено по стандартному регламенту, без компенсации'),
          ]);
        }
        return;
      }
      case 'reopened': {
        const c = this.caseOf(change.ticketId);
        if (!c) return;
        this.replace(change.ticketId, [
          message(
            'reply',
            5,
            `${say(c, 'Вернулась', 'Вернулся')} к обращению. Разберусь, что пошло не так, и напишу здесь.`,
          ),
          step('work', 30, 'Повторно проверили решение по обращению и устранили причину'),
          resolve(2, 'Вопрос решён повторно после переоткрытия'),
        ]);
        return;
      }
    }
  }

  private caseOf(ticketId: string): Case | null {
    const ticket = this.store.findTicket(ticketId);
    if (!ticket) return null;
    const submission = this.store.getSubmission(ticketId);
    const moderator = ticket.assignee ??
      moderators[mixSeed(this.store.dataset.seed, Number(ticket.number)) % moderators.length] ?? {
        id: 'm-7',
        displayName: 'Модератор Анна',
      };
    const facilityId = submission?.facilityId ?? null;
    const facility =
      facilityId === null ? undefined : this.store.dataset.facilities.find((f) => f.id === facilityId);
    return {
      ticket,
      submission,
      moderator,
      feminine: isFeminine(moderator),
      facilityName: facility?.name ?? null,
    };
  }

  private specsToActions(specs: readonly ActionSpec[]): Action[] {
    return specs.map((spec) => {
      this.seq += 1;
      return { ...spec, seq: this.seq };
    });
  }

  private replace(ticketId: string, specs: readonly ActionSpec[]): void {
    this.set(ticketId, this.specsToActions(specs));
  }

  /** Sets a ticket's queue after a seller action: the next action comes after the first delay again. */
  private set(ticketId: string, queue: Action[]): void {
    const track = this.tracks.get(ticketId) ?? { queue: [], run: 0, timer: null };
    track.queue = queue;
    track.run = 0;
    this.tracks.set(ticketId, track);
    this.lastTouched = ticketId;
    this.schedule(ticketId);
  }

  track(ticketId: string): void {
    if (this.mode === 'off' || this.tracks.has(ticketId)) return;
    const c = this.caseOf(ticketId);
    if (!c) throw new Error(`There is no request ${ticketId}.`);
    this.replace(ticketId, continuation(c, c.ticket.status));
  }

  // --- acting --------------------------------------------------------------------------------------

  private execute(ticketId: string): ModeratorStep | null {
    const track = this.tracks.get(ticketId);
    const action = track?.queue.shift();
    if (!track || !action) return null;
    const ticket = this.store.findTicket(ticketId);
    if (!ticket || ticket.status === 'closed') {
      track.queue = [];
      return null;
    }
    this.store.advanceClock(action.minutes * minuteMs);
    const { event, changes } = action.build(ticket);
    // Fail loudly here, at the action that drifted, rather than later in a handler's answer.
    const probe = z.safeParse(ticketEventSchema, { ...event, id: 'ev-probe', at: this.store.now() });
    if (!probe.success) throw new ContractDriftError('TicketEvent', probe.error.issues);
    const added = this.store.addModeratorEvent(ticketId, event, changes);
    track.run += 1;
    return { ticketId, event: added, status: changes.status ?? ticket.status };
  }

  /** The ticket whose next action was queued first. */
  private oldest(): string | null {
    let best: { id: string; seq: number } | null = null;
    for (const [id, track] of this.tracks) {
      const head = track.queue[0];
      if (head && (best === null || head.seq < best.seq)) best = { id, seq: head.seq };
    }
    return best?.id ?? null;
  }

  step(ticketId?: string): ModeratorStep | null {
    const id = ticketId ?? this.oldest();
    if (id === null) return null;
    const result = this.execute(id);
    this.schedule(id);
    return result;
  }

  runUntil(status: TicketStatus, ticketId?: string): TicketWithEvents {
    const id = ticketId ?? this.lastTouched;
    if (id === null) throw new Error('runUntil: no request to run; create one first.');
    for (let i = 0; i < maxRunSteps; i += 1) {
      const ticket = this.store.getTicket(id);
      if (ticket.status === status) return ticket;
      if (this.step(id) === null) {
        throw new Error(
          `runUntil: ${id} is ${ticket.status} and the moderator has nothing more to do (waiting for the seller?), so it never becomes ${status}.`,
        );
      }
    }
    throw new Error(`runUntil: ${id} did not become ${status} within ${maxRunSteps} steps.`);
  }

  pending(ticketId?: string): PendingModeratorStep[] {
    return [...this.tracks.entries()]
      .filter(([id, track]) => track.queue.length > 0 && (ticketId === undefined || id === ticketId))
      .sort(([, a], [, b]) => (a.queue[0]?.seq ?? 0) - (b.queue[0]?.seq ?? 0))
      .flatMap(([id, track]) =>
        track.queue.map((action) => ({ ticketId: id, kind: action.kind, status: action.status })),
      );
  }

  // --- timers --------------------------------------------------------------------------------------

  private delayFor(run: number): number {
    return Math.max(0, this.delays[Math.min(run, this.delays.length - 1)] ?? 0);
  }

  private schedule(ticketId: string): void {
    const track = this.tracks.get(ticketId);
    if (!track) return;
    if (track.timer !== null) {
      clearTimeout(track.timer);
      track.timer = null;
    }
    if (this.mode !== 'timer' || this.stopped || track.queue.length === 0) return;
    track.timer = setTimeout(() => {
      track.timer = null;
      this.execute(ticketId);
      this.schedule(ticketId);
    }, this.delayFor(track.run));
  }

  private clearTimers(): void {
    for (const track of this.tracks.values()) {
      if (track.timer !== null) clearTimeout(track.timer);
      track.timer = null;
    }
  }

  stop(): void {
    this.stopped = true;
    this.clearTimers();
  }
}

/**
 * Creates the moderator for a store. It listens to the store from now on (tickets created,
 * messages, offer decisions, reopenings) and forgets everything on `store.reset()`.
 */
export function createModeratorSimulator(options: {
  store: MockStore;
  clock?: ModeratorClock;
}): ModeratorSimulator {
  return new Simulator(options.store, options.clock ?? { mode: 'manual' });
}
