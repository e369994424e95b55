import type { Seller } from '@seller-support/contract';

/** The seller the e2e journeys and the demo show; override any field. */
export function makeSeller(overrides: Partial<Seller> = {}): Seller {
  return {
    id: 's-1042',
    legalName: 'ООО «Ромашка»',
    taxId: '7701234567',
    contactName: 'Ирина Петрова',
    email: 'irina@romashka.ru',
    phone: '+7 916 000-00-00',
    tier: 'standard',
    ...overrides,
  };
}
