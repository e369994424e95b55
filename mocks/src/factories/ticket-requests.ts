import type {
  Attachment,
  Facility,
  Order,
  OrderStatus,
  Seller,
  TicketRequest,
  TicketRequestFields,
  Topic,
} from '@seller-support/contract';
import { sampleAttachmentSize } from '../attachment-content';
import { dayMs, parseTimestamp, toMoscowIso } from '../time';
import { makeContextSnapshot } from './context-snapshot';
import type { GeneratedOrders } from './generated-orders';
import type { TicketWithEvents } from './tickets';

/** What a seeded request's content is built from: the dataset's seller, orders and facilities. */
export interface SeedContext {
  seller: Seller;
  orders: GeneratedOrders;
  facilities: readonly Facility[];
}

interface Draft {
  description: string;
  fields: TicketRequestFields;
  /** Which orders it is about, by the status they have. */
  orderStatuses: readonly OrderStatus[];
  orderCount: number;
  facilityType?: Facility['type'];
  confidential?: boolean;
  files: readonly { name: string; type: 'image/png' | 'application/pdf' }[];
  hostRoute: string;
}

const day = (ms: number) => toMoscowIso(ms).slice(0, 10);

/** What a seller writes for each topic: a description, the topic's fields, the orders and files it names. */
function draftFor(topic: Topic, createdAtMs: number): Draft {
  switch (topic) {
    case 'account':
      return {
        description:
          'При входе в кабинет код из СМС не приходит уже второй день. Телефон в профиле верный, другие СМС приходят. Пробовала с компьютера и из приложения.',
        fields: {
          area: 'cabinet',
          stepsToReproduce:
            '1. Открыть страницу входа.\n2. Ввести телефон.\n3. Нажать «Получить код» — код не приходит.',
        },
        orderStatuses: [],
        orderCount: 0,
        files: [{ name: 'экран-входа.png', type: 'image/png' }],
        hostRoute: '/seller/profile',
      };
    case 'orders':
      return {
        description:
          'Покупатель вернул товар, на складе приняли возврат, но коробка пришла смятой, а сам товар с царапинами. Продать его снова как новый нельзя. Прошу разобраться и компенсировать.',
        fields: { action: 'return' },
        orderStatuses: ['returned', 'delivered'],
        orderCount: 1,
        files: [
          { name: 'коробка-возврата.png', type: 'image/png' },
          { name: 'царапины.png', type: 'image/png' },
        ],
        hostRoute: '/seller/orders',
      };
    case 'staff_complaint':
      return {
        description:
          'Сотрудник пункта выдачи отказался принять возврат от покупателя: сказал, что упаковка не та. Упаковка заводская, покупатель ушёл с товаром и написал жалобу на нас.',
        fields: { facilityType: 'pickup_point', incidentDate: day(createdAtMs - dayMs) },
        orderStatuses: ['delivered'],
        orderCount: 1,
        facilityType: 'pickup_point',
        files: [],
        hostRoute: '/seller/orders',
      };
    case 'parcel_location':
      return {
        description:
          'Заказ отправлен, но отслеживание третий день показывает одно и то же место. Покупатель спрашивает, где посылка. Подскажите, где она сейчас и когда дойдёт.',
        fields: {},
        orderStatuses: ['in_transit', 'shipped'],
        orderCount: 1,
        files: [{ name: 'трекинг.png', type: 'image/png' }],
        hostRoute: '/seller/orders',
      };
    case 'logistics_info':
      return {
        description:
          'Планируем поставку на следующей неделе. В какие часы склад принимает поставки и нужно ли бронировать слот заранее?',
        fields: { facilityType: 'warehouse' },
        orderStatuses: [],
        orderCount: 0,
        facilityType: 'warehouse',
        files: [],
        hostRoute: '/seller/supplies',
      };
    case 'fraud':
      return {
        description:
          'Позвонили с номера, похожего на номер маркетплейса, представились службой безопасности и просили назвать код из СМС для «подтверждения выплаты». Код не назвала.',
        fields: {},
        orderStatuses: [],
        orderCount: 0,
        confidential: true,
        files: [],
        hostRoute: '/seller/support',
      };
    case 'payments':
      return {
        description:
          'Выплата за неделю не пришла, хотя в отчёте она есть. Реквизиты не менялись. Прошу проверить, где деньги, и когда их ждать.',
        fields: {
          payoutPeriod: { from: day(createdAtMs - 15 * dayMs), to: day(createdAtMs - 9 * dayMs) },
          amount: { amount: '48250.00', currency: 'RUB' },
        },
        orderStatuses: ['delivered', 'cancelled'],
        orderCount: 2,
        files: [{ name: 'отчёт-о-выплатах.pdf', type: 'application/pdf' }],
        hostRoute: '/seller/finance',
      };
    case 'warranty':
      return {
        description:
          'Покупатель вернул чайник по гарантии: через неделю после покупки перестал включаться, индикатор не горит. Прошу принять в сервисный центр производителя.',
        fields: { defect: 'Не включается, индикатор питания не горит; внешних повреждений нет.' },
        orderStatuses: ['delivered'],
        orderCount: 1,
        files: [
          { name: 'дефект.png', type: 'image/png' },
          { name: 'этикетка.png', type: 'image/png' },
          { name: 'чек.pdf', type: 'application/pdf' },
        ],
        hostRoute: '/seller/orders',
      };
  }
}

/** Orders of these statuses created before the request, newest first, `count` of them from `offset`. */
function pickOrders(
  orders: GeneratedOrders,
  statuses: readonly OrderStatus[],
  count: number,
  beforeMs: number,
  offset: number,
): Order[] {
  if (count === 0) return [];
  const indices = orders.filter({ statuses, toMs: beforeMs });
  const picked = indices.slice(offset % Math.max(1, indices.length - count + 1)).slice(0, count);
  return picked.map((index) => orders.at(index));
}

/**
 * Each ticket with what its seller sent (`request`): a description in a seller's words, the
 * topic's fields, real orders of the dataset as they are now, files (which `GET /attachments/{id}`
 * serves), and the context snapshot.
 */
export function withSeededRequests(
  tickets: readonly TicketWithEvents[],
  { seller, orders, facilities }: SeedContext,
): TicketWithEvents[] {
  const dealSummary = orders.summary(90);
  const inTransit = orders.inTransit(200);
  return tickets.map((ticket, position) => {
    const createdAtMs = parseTimestamp(ticket.createdAt);
    const draft = draftFor(ticket.topic, createdAtMs);
    const chosen = pickOrders(orders, draft.orderStatuses, draft.orderCount, createdAtMs, position);
    const fields: TicketRequestFields =
      ticket.topic === 'warranty'
        ? { itemSku: chosen[0]?.items[0]?.sku ?? 'SKU-1', ...draft.fields }
        : draft.fields;
    const facility =
      draft.facilityType === undefined
        ? undefined
        : facilities.find((candidate) => candidate.type === draft.facilityType);
    const attachments = draft.files.map((file, index): Attachment => {
      const attachment: Attachment = {
        id: `att-${ticket.number}-${index + 1}`,
        name: file.name,
        size: 0,
        type: file.type,
      };
      return { ...attachment, size: sampleAttachmentSize(attachment) };
    });
    const request: TicketRequest = {
      description: draft.description,
      fields,
      orderIds: chosen.map((order) => order.id),
      facilityId: facility?.id ?? null,
      facility: facility === undefined ? null : { ...facility },
      confidential: draft.confidential ?? false,
      attachments,
      context: makeContextSnapshot({ seller, dealSummary, inTransit }, chosen, {
        hostRoute: draft.hostRoute,
      }),
    };
    return { ...ticket, request };
  });
}
