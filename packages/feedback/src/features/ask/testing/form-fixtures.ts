import type { Facility, Order, Topic } from '@seller-support/contract';
import { createMockApi } from '@seller-support/mocks';
import type { Environment } from '../model/build-ticket-body';
import { emptyAskFormValues } from '../model/form-defaults';
import type { AskFormValues } from '../model/form-schema';

/* The form model's fixtures: an environment, orders and facilities of the default dataset, complete forms. */

export const environment: Environment = {
  moduleVersion: '0.1.0',
  hostRoute: '/support',
  locale: 'ru',
  timeZone: 'Europe/Moscow',
  userAgent: 'unit test',
};

/** Orders and facilities of the default dataset, one of each kind a form needs. */
export function setup() {
  const { store } = createMockApi();
  const context = store.getContext();
  const history = store.listOrders({ limit: 50 }).items;
  const delivered = history.find((order) => order.status === 'delivered');
  const inTransit = context.inTransit[0];
  const warehouse = store.listFacilities({ type: 'warehouse' }).items[0];
  const pickupPoint = store.listFacilities({ type: 'pickup_point' }).items[0];
  if (!delivered || !inTransit || !warehouse || !pickupPoint) throw new Error('dataset lacks fixtures');
  return { store, context, delivered, inTransit, warehouse, pickupPoint };
}

export const text = { subject: 'Где моя посылка', description: 'Трек не обновляется уже три дня.' };

/** A complete, valid form for every topic. */
export function validValues(
  topic: Topic,
  f: { delivered: Order; inTransit: Order; warehouse: Facility; pickupPoint: Facility },
): AskFormValues {
  const base = { ...emptyAskFormValues(topic), ...text };
  switch (base.topic) {
    case 'account':
      return { ...base, fields: { area: 'cabinet', stepsToReproduce: 'Открыть раздел «Финансы»' } };
    case 'orders':
      return { ...base, orders: [f.delivered], fields: { action: 'return' } };
    case 'staff_complaint':
      return {
        ...base,
        fields: { facilityType: 'warehouse', facility: f.warehouse, incidentDate: '2026-11-20' },
      };
    case 'parcel_location':
      return { ...base, orders: [f.inTransit] };
    case 'logistics_info':
      return { ...base, fields: { facilityType: 'pickup_point', facility: f.pickupPoint } };
    case 'fraud':
      return base;
    case 'payments':
      return {
        ...base,
        orders: [f.delivered],
        fields: { periodFrom: '2026-10-01', periodTo: '2026-10-31', amount: '1 234,5' },
      };
    case 'warranty': {
      const sku = f.delivered.items[0]?.sku ?? '';
      return { ...base, orders: [f.delivered], fields: { itemSku: sku, defect: 'Не включается' } };
    }
  }
}
