import type { Moderator, TicketStatus } from '@seller-support/contract';
import { startContractServer, type ContractServer } from '@seller-support/mocks/http-server';
import type { DeskConformanceTarget } from '../desk/target';
import type { ConformanceTarget, ModeratorDriver } from '../target';

const sellerToken = 'demo-token';
const otherSellerToken = 'other-seller-token';
const moderator: Moderator = { id: 'm-conformance', displayName: 'Модератор Анна' };

/** The moderator's side, played on the mocks' store as the back office would. */
function storeModerator(server: ContractServer): ModeratorDriver {
  const storeOf = (ticketId: string) => {
    const store = [server.store, ...[...server.sellers.values()].map((seller) => seller.store)].find(
      (candidate) => candidate.findTicket(ticketId) !== undefined,
    );
    if (store === undefined) throw new Error(`The mocks have no ticket ${ticketId}.`);
    return store;
  };
  let offers = 0;
  const to = (status: TicketStatus) => ({ status });
  return {
    take(ticketId) {
      storeOf(ticketId).addModeratorEvent(
        ticketId,
        { kind: 'assigned', moderator },
        { status: 'in_progress', assignee: moderator },
      );
      return Promise.resolve();
    },
    reply(ticketId, body, options = {}) {
      const store = storeOf(ticketId);
      store.addModeratorEvent(
        ticketId,
        { kind: 'message', author: 'moderator', body, attachments: [] },
        options.askSeller === true ? to('waiting_seller') : {},
      );
      return Promise.resolve();
    },
    proposeOffer(ticketId, offer) {
      offers += 1;
      const offerId = `of-conformance-${offers}`;
      storeOf(ticketId).addModeratorEvent(
        ticketId,
        { kind: 'offer', offer: { id: offerId, ...offer, status: 'pending' } },
        to('offer_proposed'),
      );
      return Promise.resolve({ offerId });
    },
    resolve(ticketId, note) {
      storeOf(ticketId).addModeratorEvent(ticketId, { kind: 'resolved', note }, to('resolved'));
      return Promise.resolve();
    },
    close(ticketId) {
      storeOf(ticketId).addModeratorEvent(ticketId, { kind: 'closed' }, to('closed'));
      return Promise.resolve();
    },
  };
}

/**
 * The MSW mocks over a real socket (`startContractServer`): the demo's seller, and a second seller
 * with a dataset of their own and no requests yet. The simulated moderator stays manual, so only
 * the suite's driver moves tickets.
 */
export async function startMocksTarget(): Promise<ConformanceTarget> {
  const server = await startContractServer({
    port: 0,
    moderator: { mode: 'manual' },
    sellers: {
      [otherSellerToken]: {
        seed: 7,
        tickets: 0,
        orders: 30,
        inTransit: 3,
        seller: { id: 's-2077', legalName: 'ИП Соколов Андрей Петрович', taxId: '770212345678' },
      },
    },
  });
  return {
    apiBaseUrl: server.apiBaseUrl,
    sellerToken,
    otherSellerToken,
    moderator: storeModerator(server),
    close: () => server.close(),
  };
}

/**
 * The mocks' desk API over a real socket (`startContractServer`), on the demo seller's tickets,
 * as the two demo moderators. The scripted moderator stays manual, so only the suite moves tickets.
 */
export async function startMocksDeskTarget(): Promise<DeskConformanceTarget> {
  const server = await startContractServer({ port: 0, moderator: { mode: 'manual' } });
  return {
    deskBaseUrl: server.deskApiBaseUrl,
    moderatorToken: 'desk-token',
    otherModeratorToken: 'desk-token-2',
    rejectedToken: 'not-a-desk-token',
    seller: { apiBaseUrl: server.apiBaseUrl, token: sellerToken },
    // The desk refuses a seller's token, but the mocks' seller API takes any token, a moderator's too.
    refusesSellerTokens: false,
    close: () => server.close(),
  };
}
