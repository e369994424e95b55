import { request as httpRequest } from 'node:http';
import {
  attachmentSchema,
  problemSchema,
  sellerContextSchema,
  ticketEventSchema,
  ticketSchema,
} from '@seller-support/contract';
import { makeContextSnapshot } from '@seller-support/mocks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { sellerApiBasePath } from './service';
import { startS3Server, type S3TestServer } from './testing/s3-server';
import { startTestService, type TestService } from './testing/test-service';

const maxFileBytes = 64 * 1024;
let service: TestService;
let keyCounter = 0;
const newKey = () => {
  keyCounter += 1;
  return `10000000-0000-4000-8000-${String(keyCounter).padStart(12, '0')}`;
};

/** A PNG signature and `size - 8` zero bytes: a PNG as far as a content check can tell. */
function png(size = 72): Buffer {
  const bytes = Buffer.alloc(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

const boundary = '----service-test-boundary';

function multipart(
  content: Buffer,
  filename = 'photo.png',
  declaredType = 'image/png',
  field = 'file',
): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${declaredType}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

function upload(body: Buffer, { key = newKey(), token = 'demo-token' } = {}) {
  return service.app.inject({
    method: 'POST',
    url: `${sellerApiBasePath}/attachments`,
    headers: {
      authorization: `Bearer ${token}`,
      'idempotency-key': key,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: body,
  });
}

// Every test on both attachment storages: the local directory and an S3-compatible bucket.
describe.each(['local', 's3'] as const)('on the %s storage', (storage) => {
  let s3: S3TestServer | null = null;
  beforeAll(async () => {
    s3 = storage === 's3' ? await startS3Server() : null;
    service = await startTestService({
      ...(s3 === null ? {} : { env: s3.env }),
      support: (config) => ({
        ...config,
        policy: {
          ...config.policy,
          attachments: { ...config.policy.attachments, maxFileBytes, maxTotalBytes: 3 * maxFileBytes },
        },
      }),
    });
  });
  afterAll(async () => {
    await service.stop();
    await s3?.stop();
  });

  describe('uploads', () => {
    it('accepts PNG, JPEG, WebP and PDF by content, whatever the name and the declared type say', async () => {
      const cases = [
        [png(300), 'image/png'],
        [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]), 'image/jpeg'],
        [Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '), 'image/webp'],
        [Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), 'application/pdf'],
      ] as const;
      for (const [content, type] of cases) {
        const response = await upload(multipart(content, 'scan.bin', 'application/octet-stream'));
        expect(response.statusCode).toBe(201);
        expect(z.parse(attachmentSchema, response.json())).toMatchObject({
          type,
          size: content.length,
          name: 'scan.bin',
        });
      }
    });

    it('cleans the file name of paths and bidi overrides', async () => {
      const response = await upload(multipart(png(), '../../\u202Egnp.exe'));
      expect(z.parse(attachmentSchema, response.json()).name).toBe('gnp.exe');
    });

    it('refuses a lying file and a GIF with 415, a file over the policy with 413, and keeps nothing of them', async () => {
      const lying = await upload(
        multipart(Buffer.from('MZ this is an executable'), 'photo.jpg', 'image/jpeg'),
      );
      expect(lying.statusCode).toBe(415);
      expect(z.parse(problemSchema, lying.json()).errors?.[0]?.path).toBe('file');
      const gif = await upload(
        multipart(Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0])),
      );
      expect(gif.statusCode).toBe(415);

      const key = newKey();
      expect((await upload(multipart(png(maxFileBytes + 1)), { key })).statusCode).toBe(413);
      // Refused by its declared length before it is read.
      expect((await upload(multipart(png(maxFileBytes * 2)))).statusCode).toBe(413);
      // The file that fits may use the key of the one that did not.
      expect((await upload(multipart(png(maxFileBytes)), { key })).statusCode).toBe(201);
    });

    it('refuses a body that is not multipart with 400 and one without a file part with 422', async () => {
      const json = await service.call('POST', '/attachments', { body: { file: 'x' }, key: newKey() });
      expect(json.statusCode).toBe(400);
      const noFile = await upload(multipart(png(), 'a.png', 'image/png', 'photo'));
      expect(noFile.statusCode).toBe(422);
      expect(z.parse(problemSchema, noFile.json()).errors).toMatchObject([
        { path: 'file', code: 'required' },
      ]);
    });

    it('replays an upload by its key; the same key with another file is a 422', async () => {
      const key = newKey();
      const first = await upload(multipart(png(500)), { key });
      expect(first.statusCode).toBe(201);
      const again = await upload(multipart(png(500)), { key });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(first.json());
      expect((await upload(multipart(png(501)), { key })).statusCode).toBe(422);
    });
  });

  describe('reading files back', () => {
    it('serves the owner their bytes with the type and name; anyone else gets 404', async () => {
      const content = png(1234);
      const attachment = z.parse(attachmentSchema, (await upload(multipart(content, 'фото.png'))).json());
      const served = await service.call('GET', `/attachments/${attachment.id}`);
      expect(served.statusCode).toBe(200);
      expect(served.headers['content-type']).toBe('image/png');
      expect(served.headers['content-disposition']).toBe(
        `inline; filename*=UTF-8''${encodeURIComponent('фото.png')}`,
      );
      expect(served.rawPayload.equals(content)).toBe(true);

      expect(
        (await service.call('GET', `/attachments/${attachment.id}`, { token: 'demo-token-2' })).statusCode,
      ).toBe(404);
      expect((await service.call('GET', '/attachments/att-unknown')).statusCode).toBe(404);
      expect((await service.call('GET', `/attachments/${attachment.id}`, { token: null })).statusCode).toBe(
        401,
      );
    });

    it('a ticket and a message carry the seller’s files; another seller cannot attach them', async () => {
      const attachment = z.parse(attachmentSchema, (await upload(multipart(png(200), 'трек.png'))).json());
      const seller = z.parse(sellerContextSchema, (await service.call('GET', '/context')).json());
      const order = seller.inTransit[0]!;
      const body = {
        topic: 'parcel_location',
        subject: 'Посылка с фото',
        description: 'Прикладываю фото трека, статус не меняется.',
        fields: {},
        orderIds: [order.id],
        facilityId: null,
        attachmentIds: [attachment.id],
        confidential: false,
        context: makeContextSnapshot(seller, [order]),
      };
      const created = z.parse(
        ticketSchema,
        (await service.call('POST', '/tickets', { body, key: newKey() })).json(),
      );
      expect(created.request?.attachments).toEqual([attachment]);
      const message = await service.call('POST', `/tickets/${created.id}/messages`, {
        body: { body: 'Ещё раз то же фото', attachmentIds: [attachment.id] },
        key: newKey(),
      });
      expect(z.parse(ticketEventSchema, message.json())).toMatchObject({ attachments: [attachment] });

      const other = z.parse(
        sellerContextSchema,
        (await service.call('GET', '/context', { token: 'demo-token-2' })).json(),
      );
      const theirOrder = other.inTransit[0]!;
      const stolen = await service.call('POST', '/tickets', {
        token: 'demo-token-2',
        key: newKey(),
        body: { ...body, orderIds: [theirOrder.id], context: makeContextSnapshot(other, [theirOrder]) },
      });
      expect(stolen.statusCode).toBe(422);
      expect(z.parse(problemSchema, stolen.json()).errors).toMatchObject([
        { path: 'attachmentIds.0', code: 'not_found' },
      ]);
    });
  });

  describe('an upload still arriving', () => {
    it('holds its key: the same key meanwhile is a 409 with Retry-After, then the upload finishes once', async () => {
      const address = await service.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = new URL(address);
      expect(Number(port)).toBeGreaterThan(0);
      const key = newKey();
      const body = multipart(png(40_000));
      const firstHalf = body.subarray(0, 20_000);
      const secondHalf = body.subarray(20_000);

      const slow = httpRequest({
        host: '127.0.0.1',
        port: Number(port),
        method: 'POST',
        path: `${sellerApiBasePath}/attachments`,
        headers: {
          authorization: 'Bearer demo-token',
          'idempotency-key': key,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(body.length),
        },
      });
      const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
        slow.on('response', (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        });
        slow.on('error', reject);
      });
      slow.write(firstHalf);

      // Waits until the first attempt has claimed the key, not for a fixed time.
      const db = service.database.db;
      await vi.waitFor(
        async () => {
          const row = await db
            .selectFrom('idempotency_keys')
            .select('state')
            .where('key', '=', key)
            .executeTakeFirst();
          expect(row?.state).toBe('running');
        },
        { timeout: 10_000, interval: 20 },
      );
      const meanwhile = await upload(multipart(png(40_000)), { key });
      expect(meanwhile.statusCode).toBe(409);
      expect(meanwhile.headers['retry-after']).toBe('1');

      slow.end(secondHalf);
      const first = await answered;
      expect(first.status).toBe(201);
      const after = await upload(multipart(png(40_000)), { key });
      expect(after.statusCode).toBe(200);
      expect(after.json()).toEqual(JSON.parse(first.body));
    });
  });

  describe('a graceful stop', () => {
    it('stops listening, lets the upload in flight finish, then closes', async () => {
      const address = await service.app.listen({ port: 0, host: '127.0.0.1' }).catch(() => {
        const info = service.app.server.address();
        return typeof info === 'object' && info !== null ? `http://127.0.0.1:${info.port}` : '';
      });
      const { port } = new URL(address);
      const body = multipart(png(30_000));
      const slow = httpRequest({
        host: '127.0.0.1',
        port: Number(port),
        method: 'POST',
        path: `${sellerApiBasePath}/attachments`,
        headers: {
          authorization: 'Bearer demo-token',
          'idempotency-key': newKey(),
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(body.length),
        },
      });
      const answered = new Promise<number>((resolve, reject) => {
        slow.on('response', (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        });
        slow.on('error', reject);
      });
      slow.write(body.subarray(0, 10_000));
      await vi.waitFor(
        async () => {
          const row = await service.database.db
            .selectFrom('idempotency_keys')
            .select('state')
            .where('state', '=', 'running')
            .executeTakeFirst();
          expect(row).toBeDefined();
        },
        { timeout: 10_000, interval: 20 },
      );
      let closed = false;
      const closing = service.close().then(() => {
        closed = true;
      });
      // No longer taking connections, but not closed: the upload is still arriving.
      await vi.waitFor(() => {
        expect(service.app.server.listening).toBe(false);
      });
      expect(closed).toBe(false);
      slow.end(body.subarray(10_000));
      expect(await answered).toBe(201);
      await closing;
      expect(closed).toBe(true);
    });
  });
});
