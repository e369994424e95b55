import { startContractServer } from '@seller-support/mocks/http-server';
import { defineLiveConformanceSuite } from './suite';

const heartbeatSeconds = 1;
const sellers = {
  'other-seller-token': {
    seed: 7,
    tickets: 0,
    orders: 30,
    inTransit: 3,
    seller: { id: 's-2077', legalName: 'ИП Соколов Андрей Петрович', taxId: '770212345678' },
  },
};

defineLiveConformanceSuite('the MSW mocks over HTTP', {
  async start() {
    const server = await startContractServer({
      port: 0,
      moderator: { mode: 'manual' },
      live: { heartbeatSeconds },
      sellers,
    });
    return {
      seller: { apiBaseUrl: server.apiBaseUrl, token: 'demo-token', otherToken: 'other-seller-token' },
      desk: { baseUrl: server.deskApiBaseUrl, token: 'desk-token' },
      heartbeatSeconds,
      listenerCount: () =>
        server.store.live.subscriberCount +
        [...server.sellers.values()].reduce((sum, seller) => sum + seller.store.live.subscriberCount, 0),
      close: () => server.close(),
    };
  },
  async startWithoutLive() {
    const server = await startContractServer({ port: 0, moderator: { mode: 'manual' }, live: false });
    return {
      seller: { apiBaseUrl: server.apiBaseUrl, token: 'demo-token' },
      desk: { baseUrl: server.deskApiBaseUrl, token: 'desk-token' },
      close: () => server.close(),
    };
  },
});
