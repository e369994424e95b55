import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FetchApiClient,
  NetworkError,
  NotFoundError,
  problemSchema,
  sellerContextSchema,
} from '@seller-support/contract';
import * as z from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContextSnapshot } from './factories';
import { startContractServer, type ContractServer } from './http-server';

let contract: ContractServer;

beforeAll(async () => {
  contract = await startContractServer({ port: 0, dataset: { inTransit: 3 } });
});
afterAll(async () => {
  await contract.close();
});

const auth = { Authorization: 'Bearer demo-token' };

describe('the contract server', () => {
  it('answers GET /context over real HTTP with CORS headers', async () => {
    expect(contract.apiBaseUrl).toBe(`${contract.url}/api/seller-support/v1`);
    const response = await fetch(`${contract.apiBaseUrl}/context`, { headers: auth });
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
    const context = z.parse(sellerContextSchema, await response.json());
    expect(context.seller.legalName).toBe('ООО «Ромашка»');
    expect(context.inTransit).toHaveLength(3);
  });

  it('answers a CORS preflight', async () => {
    const response = await fetch(`${contract.apiBaseUrl}/tickets`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const allowed = (response.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
    for (const header of ['authorization', 'content-type', 'idempotency-key'])
      expect(allowed).toContain(header);
  });

  it('answers a ticket’s ETag with 304 over real HTTP, and lets a page on another origin use it', async () => {
    const preflight = await fetch(`${contract.apiBaseUrl}/tickets/T-000101`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization, if-none-match',
      },
    });
    expect((preflight.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase()).toContain(
      'if-none-match',
    );
    const id = contract.store.listTickets().items[0]?.id ?? '';
    const full = await fetch(`${contract.apiBaseUrl}/tickets/${id}`, { headers: auth });
    const etag = full.headers.get('ETag');
    expect(etag).not.toBeNull();
    expect(full.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
    const again = await fetch(`${contract.apiBaseUrl}/tickets/${id}`, {
      headers: { ...auth, 'If-None-Match': etag ?? '' },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('serves the typed client: JSON bodies, multipart uploads, problems and dropped connections', async () => {
    const client = new FetchApiClient({ baseUrl: contract.apiBaseUrl, getAccessToken: () => 'demo-token' });
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
    const attachment = await client.uploadAttachment(Object.assign(new Blob([bytes]), { name: 'акт.pdf' }), {
      idempotencyKey: 'c0ffee00-0000-4000-8000-000000000001',
    });
    expect(attachment).toMatchObject({ name: 'акт.pdf', type: 'application/pdf', size: 8 });

    const page = await client.listOrders({ status: ['in_transit'], limit: 2 });
    expect(page.total).toBe(3);
    expect(page.nextCursor).not.toBeNull();

    contract.scenario.fail('getPolicy', { kind: 'network', times: 1 });
    await expect(client.getPolicy()).rejects.toBeInstanceOf(NetworkError);
    await expect(client.getPolicy()).resolves.toMatchObject({ timeZone: 'Europe/Moscow' });
  });

  it('answers 401 without a token and 404 for unknown paths, as problem+json with CORS', async () => {
    const unauthorized = await fetch(`${contract.apiBaseUrl}/context`);
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(z.parse(problemSchema, await unauthorized.json()).status).toBe(401);

    const missing = await fetch(`${contract.url}/nowhere`, { headers: auth });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Content-Type')).toBe('application/problem+json');
  });
});

describe('a second seller', () => {
  it('is the seller of their own token: their own context and requests, none of the first seller’s', async () => {
    const server = await startContractServer({
      dataset: { inTransit: 2 },
      sellers: { 'other-token': { seed: 7, tickets: 0, seller: { id: 's-2077', legalName: 'ИП Соколов' } } },
    });
    try {
      const first = new FetchApiClient({ baseUrl: server.apiBaseUrl, getAccessToken: () => 'demo-token' });
      const other = new FetchApiClient({ baseUrl: server.apiBaseUrl, getAccessToken: () => 'other-token' });
      expect((await other.getContext()).seller).toMatchObject({ id: 's-2077', legalName: 'ИП Соколов' });
      expect((await first.getContext()).seller.id).toBe('s-1042');
      expect((await other.listTickets()).total).toBe(0);

      const upload = () =>
        Object.assign(new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])]), { name: 'акт.pdf' });
      const key = '00000000-0000-4000-8000-00000000b001';
      const mine = await first.uploadAttachment(upload(), { idempotencyKey: key });
      // The same key from another seller is theirs: a file of their own, never the first seller's.
      const theirs = await other.uploadAttachment(upload(), { idempotencyKey: key });
      expect(theirs.id).not.toBe(mine.id);
      await expect(other.getAttachment(mine.id)).rejects.toBeInstanceOf(NotFoundError);

      const seeded = (await first.listTickets({ limit: 1 })).items[0];
      if (!seeded) throw new Error('the first seller has no requests');
      await expect(other.getTicket(seeded.id)).rejects.toBeInstanceOf(NotFoundError);
      expect(server.sellers.get('other-token')?.store.dataset.seller.id).toBe('s-2077');
    } finally {
      await server.close();
    }
  });

  it('may not seed requests with the ids of another seller’s', async () => {
    await expect(startContractServer({ sellers: { 'other-token': { seed: 7 } } })).rejects.toThrow(
      /tickets: 0/,
    );
  });
});

describe('the serve-contract command', () => {
  it('starts a server with the seller it was given', async () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const child = spawn(
      path.join(root, 'node_modules/.bin/tsx'),
      ['mocks/src/serve-contract.ts', '--port', '0', '--legal-name', 'ООО «Тест»', '--in-transit', '5'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const apiBaseUrl = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening at (\S+)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child.stderr.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())));
        child.once('exit', (code) => reject(new Error(`serve-contract exited with ${code}`)));
      });
      const response = await fetch(`${apiBaseUrl}/context`, { headers: auth });
      const context = z.parse(sellerContextSchema, await response.json());
      expect(context.seller.legalName).toBe('ООО «Тест»');
      expect(context.inTransit).toHaveLength(5);
    } finally {
      child.kill('SIGTERM');
    }
  }, 20_000);

  it('has a manual moderator by default that tests drive between HTTP calls', async () => {
    const client = new FetchApiClient({ baseUrl: contract.apiBaseUrl, getAccessToken: () => 'demo-token' });
    expect(contract.moderator.mode).toBe('manual');
    const ticket = await client.createTicket(
      {
        topic: 'fraud',
        subject: 'Звонок от имени маркетплейса',
        description: 'Позвонили и попросили назвать код из СМС.',
        fields: {},
        orderIds: [],
        facilityId: null,
        attachmentIds: [],
        confidential: false,
        context: makeContextSnapshot(await client.getContext()),
      },
      { idempotencyKey: '00000000-0000-4000-8000-00000000a001' },
    );
    expect(contract.moderator.step()?.event.kind).toBe('assigned');
    const assigned = await client.getTicket(ticket.id);
    expect(assigned.status).toBe('in_progress');
    expect(assigned.assignee).not.toBeNull();
    expect(contract.moderator.runUntil('resolved', ticket.id).status).toBe('resolved');
  });
});
