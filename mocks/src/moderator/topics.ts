import {
  isWellFormedMoney,
  type CreateTicketBody,
  type Moderator,
  type Money,
  type SnapshotOrder,
  type Topic,
} from '@seller-support/contract';
import type { TicketWithEvents } from '../factories';
import { kopecksOf, rub } from '../money';

/**
 * What the moderator says and proposes on each topic: what is checked, which third party is asked,
 * what compromise is offered, in words that fit the request (its order, item, facility, period).
 * The order in which the moderator does these things is in `scripts.ts`.
 */

/** What the scripts need to know about a request. */
export interface Case {
  ticket: TicketWithEvents;
  submission: CreateTicketBody | undefined;
  moderator: Moderator;
  /** The moderator's grammatical gender, for "взяла" / "взял". */
  feminine: boolean;
  facilityName: string | null;
}

export function say(c: Case, feminine: string, masculine: string): string {
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

/** Per topic: what the moderator checks, whom they ask, what they offer, and the words they use. */
export const topicScripts: Record<Topic, TopicScript> = {
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

/** Whether to write "взяла" or "взял": by the ending of the moderator's first name. */
export function isFeminine(moderator: Moderator): boolean {
  return /[ая]$/.test(moderator.displayName.trim());
}
