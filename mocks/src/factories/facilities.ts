import type { DeliveryPoint, Facility, FacilityType } from '@seller-support/contract';
import { distributionCentres, moscowStreets, shortStreet, warehouses } from '../catalog';
import { createRng, mixSeed, type Rng } from '../random';

/** The pickup point the contract's examples use; always the first pickup point of a dataset. */
export const firstPickupPoint: Facility = {
  id: 'pvz-77',
  type: 'pickup_point',
  name: 'ПВЗ Тверская 7',
  address: 'г. Москва, ул. Тверская, д. 7',
};

function pickupPoint(index: number, rng: Rng): Facility {
  const street = moscowStreets[index % moscowStreets.length] ?? 'ул. Тверская';
  // The round number keeps names unique however many points there are; the random part keeps them plausible.
  const house = Math.floor(index / moscowStreets.length) * 40 + rng.int(1, 39);
  return {
    id: `pvz-${100 + index}`,
    type: 'pickup_point',
    name: `ПВЗ ${shortStreet(street)} ${house}`,
    address: `г. Москва, ${street}, д. ${house}`,
  };
}

/** One facility; a Moscow pickup point unless `overrides.type` says otherwise. */
export function makeFacility(rng: Rng, overrides: Partial<Facility> = {}): Facility {
  const type: FacilityType = overrides.type ?? 'pickup_point';
  if (type === 'pickup_point') return { ...pickupPoint(rng.int(0, 999), rng), ...overrides };
  const list = type === 'warehouse' ? warehouses : distributionCentres;
  const place = rng.pick(list);
  const prefix = type === 'warehouse' ? 'wh' : 'dc';
  return { id: `${prefix}-${rng.int(1, 99)}`, type, ...place, ...overrides };
}

/** `count` facilities: a few warehouses and distribution centres, the rest Moscow pickup points. */
export function makeFacilities(seed: number, count: number): Facility[] {
  const total = Math.max(3, count);
  const warehouseCount = Math.min(warehouses.length, Math.max(1, Math.ceil(total * 0.15)));
  const centreCount = Math.min(distributionCentres.length, Math.max(1, Math.ceil(total * 0.1)));
  const pickupCount = total - warehouseCount - centreCount;
  const rng = createRng(mixSeed(seed, 0xfac));
  const result: Facility[] = [];
  warehouses.slice(0, warehouseCount).forEach((place, index) => {
    result.push({ id: `wh-${index + 1}`, type: 'warehouse', ...place });
  });
  distributionCentres.slice(0, centreCount).forEach((place, index) => {
    result.push({ id: `dc-${index + 1}`, type: 'distribution_centre', ...place });
  });
  result.push({ ...firstPickupPoint });
  for (let index = 1; index < pickupCount; index += 1) result.push(pickupPoint(index, rng));
  return result;
}

/** A facility as an order names its delivery point. */
export function toDeliveryPoint(facility: Facility): DeliveryPoint {
  return { id: facility.id, name: facility.name, address: facility.address };
}
