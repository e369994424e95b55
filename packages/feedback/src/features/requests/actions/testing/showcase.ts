/** The dataset's clock (`createDataset()` default): every showcase ticket is dated relative to it. */
export const datasetNow = new Date('2026-11-25T12:00:00+03:00');

/** A moment more than the policy's 14 days after the showcase resolved ticket was resolved. */
export const afterReopenWindow = new Date('2026-12-10T12:00:00+03:00');

/** The dataset's showcase tickets, one per status (see `makeTickets` in the mocks). */
export const showcase = {
  new: 'T-000107',
  waitingSeller: 'T-000106',
  offerProposed: 'T-000105',
  inProgress: 'T-000104',
  waitingThirdParty: 'T-000103',
  resolved: 'T-000102',
  closed: 'T-000101',
} as const;
