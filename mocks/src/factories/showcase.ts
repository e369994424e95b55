import type { TicketStatus, Topic } from '@seller-support/contract';

/** Plausible subjects of a request, by topic. */
export const subjectsByTopic: Record<Topic, readonly string[]> = {
  account: [
    'Не приходит код для входа в кабинет',
    'Ошибка при загрузке карточек товаров',
    'Не открывается приложение',
  ],
  orders: ['Отменить заказ до отгрузки', 'Изменить адрес доставки в заказе', 'Оформить возврат по заказу'],
  staff_complaint: ['Сотрудник ПВЗ отказался принимать возврат', 'Склад не принял поставку целиком'],
  parcel_location: ['Посылка не отслеживается несколько дней', 'Где посылка по заказу?'],
  logistics_info: ['Часы приёмки поставок на складе', 'Сколько заказ хранится в пункте выдачи'],
  fraud: ['Звонок от имени маркетплейса с просьбой назвать код', 'Подозрительное письмо о блокировке'],
  payments: ['Не пришла выплата за неделю', 'Удержана комиссия за отменённый заказ'],
  warranty: ['Чайник перестал включаться', 'Трещина на корпусе блендера'],
};

/** What a generated ticket is: its status, topic, subject and unread count; the timeline follows from them. */
export interface TicketPlan {
  status: TicketStatus;
  topic: Topic;
  subject: string;
  unread: number;
}

/** The first tickets of every dataset: one per status, so every screen has something to show. */
export const showcase: readonly TicketPlan[] = [
  {
    status: 'new',
    topic: 'parcel_location',
    subject: 'Где посылка? Не отслеживается третий день',
    unread: 0,
  },
  {
    status: 'waiting_seller',
    topic: 'warranty',
    subject: 'Чайник не включается после недели использования',
    unread: 1,
  },
  { status: 'offer_proposed', topic: 'orders', subject: 'Возврат пришёл повреждённым', unread: 2 },
  { status: 'in_progress', topic: 'payments', subject: 'Не пришла выплата за 10–16 ноября', unread: 0 },
  {
    status: 'waiting_third_party',
    topic: 'staff_complaint',
    subject: 'Сотрудник ПВЗ отказался принимать возврат',
    unread: 0,
  },
  { status: 'resolved', topic: 'payments', subject: 'Удержана комиссия за отменённый заказ', unread: 1 },
  {
    status: 'closed',
    topic: 'logistics_info',
    subject: 'Часы приёмки поставок на складе Коледино',
    unread: 0,
  },
];

/** How old each showcase ticket is: the newest minutes old, the resolved one still reopenable. */
export const showcaseAgesMinutes = [12, 26 * 60, 50 * 60, 3 * 24 * 60, 4 * 24 * 60, 6 * 24 * 60, 9 * 24 * 60];

/** What the moderator did, by topic, for timelines that need a step. */
export const stepsByTopic: Record<Topic, string> = {
  account: 'Проверили настройки доступа и журнал входов',
  orders: 'Проверили статус заказа на складе',
  staff_complaint: 'Запросили записи камер за дату обращения',
  parcel_location: 'Запросили у перевозчика последнее место сканирования',
  logistics_info: 'Уточнили график работы у склада',
  fraud: 'Передали обращение в службу безопасности',
  payments: 'Запросили в финансовом отделе реестр выплат за период',
  warranty: 'Проверили заказ и дату продажи: гарантия действует',
};

/** Topics where support can settle with a compromise (a discount or a compensation). */
export const offerTopics: ReadonlySet<Topic> = new Set(['orders', 'payments', 'warranty', 'parcel_location']);

/** The compromise an accepted offer of a finished request was, by topic. */
export const settledOffers: Partial<
  Record<Topic, { kind: 'discount' | 'compensation'; description: string; amount: string }>
> = {
  orders: {
    kind: 'compensation',
    description: 'Компенсация стоимости обратной доставки на баланс продавца',
    amount: '1490.00',
  },
  payments: {
    kind: 'compensation',
    description: 'Возврат удержанной комиссии со следующей выплатой',
    amount: '2350.00',
  },
  warranty: {
    kind: 'compensation',
    description: 'Компенсация стоимости товара: замены нет на складе сервисного центра',
    amount: '3990.00',
  },
  parcel_location: {
    kind: 'discount',
    description: 'Скидка на логистику: вернём стоимость доставки этого заказа',
    amount: '450.00',
  },
};
