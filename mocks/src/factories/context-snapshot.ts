import type {
  ContextSnapshot,
  ReceivedSellerContext,
  SellerContext,
  SnapshotOrder,
} from '@seller-support/contract';

/**
 * The context snapshot a client sends with `POST /tickets`, built from what `GET /context`
 * returned and the orders the seller picked.
 */
export function makeContextSnapshot(
  context: SellerContext | ReceivedSellerContext,
  orders: readonly SnapshotOrder[] = [],
  environment: Partial<ContextSnapshot['environment']> = {},
): ContextSnapshot {
  return {
    seller: { ...context.seller },
    orders: orders.map((order) => structuredClone(order)),
    dealSummary: context.dealSummary === null ? null : { ...context.dealSummary },
    inTransit: context.inTransit.map(({ id, status }) => ({ id, status })),
    environment: {
      moduleVersion: '0.1.0',
      hostRoute: '/seller/support',
      locale: 'ru-RU',
      timeZone: 'Europe/Moscow',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) mocks',
      ...environment,
    },
  };
}
