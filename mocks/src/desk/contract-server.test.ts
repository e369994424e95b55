import { FetchApiClient } from '@seller-support/contract';
import { FetchDeskClient } from '@seller-support/contract/desk';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startContractServer } from '../http-server';
import { deskAnna } from './moderators';

// Over a real socket, with no MSW in the process: what the desk's conformance target runs against.
describe('the contract server', () => {
  it('serves the desk’s API beside the seller’s, on the same tickets', async () => {
    const contract = await startContractServer({ dataset: { tickets: { deskQueue: true } } });
    onTestFinished(() => contract.close());
    expect(contract.deskApiBaseUrl).toBe(`${contract.url}/api/desk/v1`);
    const desk = new FetchDeskClient({
      baseUrl: contract.deskApiBaseUrl,
      getAccessToken: () => 'desk-token',
    });
    const seller = new FetchApiClient({ baseUrl: contract.apiBaseUrl, getAccessToken: () => 'demo-token' });
    const overdue = await desk.listQueue({ overdue: true });
    expect(overdue.items.map((item) => item.id)).toEqual(['T-000108']);
    await desk.takeTicket('T-000108');
    expect((await seller.getTicket('T-000108')).assignee).toEqual(deskAnna);
    expect(contract.desk.store).toBe(contract.store);
    const preflight = await fetch(`${contract.deskApiBaseUrl}/queue`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const stranger = await fetch(`${contract.deskApiBaseUrl}/me`, {
      headers: { Authorization: 'Bearer demo-token' },
    });
    expect(stranger.status).toBe(401);
  });
});
