import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { attachmentSchema, problemSchema } from '@seller-support/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { s3PartBytes } from './adapters/s3-storage';
import { loadConfig } from './config';
import { createService, sellerApiBasePath } from './service';
import { startS3Server, type S3TestServer } from './testing/s3-server';
import { startTestService, type TestService } from './testing/test-service';

// Above one S3 part, so that a file near the limit goes up as a multipart upload.
const maxFileBytes = s3PartBytes + 1024 * 1024;
const keyPrefix = 'attachments/';
let s3: S3TestServer;
let service: TestService;
let keyCounter = 0;
const newKey = () => {
  keyCounter += 1;
  return `20000000-0000-4000-8000-${String(keyCounter).padStart(12, '0')}`;
};

beforeAll(async () => {
  s3 = await startS3Server({ keyPrefix });
  service = await startTestService({
    env: s3.env,
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
  await s3.stop();
});

/** A PNG signature and then random bytes: a PNG by its magic number, and no two alike. */
function png(size: number): Buffer {
  const bytes = randomBytes(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

const boundary = '----s3-test-boundary';

function multipart(content: Buffer, filename: string): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

function upload(content: Buffer, filename = 'накладная-4411.png', token = 'demo-token') {
  return service.app.inject({
    method: 'POST',
    url: `${sellerApiBasePath}/attachments`,
    headers: {
      authorization: `Bearer ${token}`,
      'idempotency-key': newKey(),
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: multipart(content, filename),
  });
}

/**
 * An upload over a real socket in pieces of 64 KiB, as a network delivers it (`inject` hands the
 * service the whole body at once).
 */
async function uploadInPieces(content: Buffer): Promise<number> {
  const address = await service.app.listen({ port: 0, host: '127.0.0.1' });
  const body = multipart(content, 'big.png');
  return new Promise<number>((resolve, reject) => {
    const request = httpRequest(`${address}${sellerApiBasePath}/attachments`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer demo-token',
        'idempotency-key': newKey(),
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(body.length),
      },
    });
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    const piece = 64 * 1024;
    const write = (offset: number): void => {
      if (offset >= body.length) {
        request.end();
        return;
      }
      const more = request.write(body.subarray(offset, offset + piece));
      if (more) setImmediate(() => write(offset + piece));
      else request.once('drain', () => write(offset + piece));
    };
    write(0);
  });
}

/** The object keys that appeared in the bucket since `before`. */
async function newObjects(before: readonly string[]): Promise<string[]> {
  return (await s3.keys()).filter((key) => !before.includes(key));
}

async function attachmentRows(): Promise<number> {
  const row = await service.database.db
    .selectFrom('attachments')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

describe('attachments in an S3-compatible bucket (ATTACHMENTS=s3)', () => {
  it('stores an upload as one object under a random key that names neither the file nor its id', async () => {
    const before = await s3.keys();
    const content = png(20_000);
    const response = await upload(content, 'накладная-4411.png');
    expect(response.statusCode).toBe(201);
    const attachment = z.parse(attachmentSchema, response.json());

    const added = await newObjects(before);
    expect(added).toHaveLength(1);
    const objectKey = added[0] ?? '';
    expect(objectKey.startsWith(keyPrefix)).toBe(true);
    expect(objectKey).not.toContain(attachment.id);
    expect(objectKey).not.toContain(attachment.id.replace(/^att-/, ''));
    expect(objectKey).not.toMatch(/4411|png|накладная/i);
    // At least 128 random bits after the prefix.
    expect(objectKey.slice(keyPrefix.length)).toMatch(/^[\w-]{22,}$/);
    expect((await s3.bytes(objectKey))?.equals(content)).toBe(true);
  });

  it('serves the owner the identical bytes from the bucket; another seller and no token get nothing', async () => {
    const content = png(300_000);
    const attachment = z.parse(attachmentSchema, (await upload(content, 'скан.png')).json());
    const served = await service.call('GET', `/attachments/${attachment.id}`);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['content-length']).toBe(String(content.length));
    expect(served.rawPayload.equals(content)).toBe(true);

    const other = await service.call('GET', `/attachments/${attachment.id}`, { token: 'demo-token-2' });
    expect(other.statusCode).toBe(404);
    expect(z.parse(problemSchema, other.json()).status).toBe(404);
    expect((await service.call('GET', `/attachments/${attachment.id}`, { token: null })).statusCode).toBe(
      401,
    );
  });

  it('streams a file larger than one part up as a multipart upload and back whole', async () => {
    const before = await s3.keys();
    const sent = s3.requests.length;
    const content = png(maxFileBytes);
    const response = await upload(content);
    expect(response.statusCode).toBe(201);
    const attachment = z.parse(attachmentSchema, response.json());
    expect(attachment.size).toBe(maxFileBytes);
    const requests = s3.requests.slice(sent);
    expect(requests.filter((line) => /^PUT \S+partNumber=/.test(line))).toHaveLength(2);
    expect(requests.some((line) => /^POST \S+\?uploadId=/.test(line))).toBe(true);

    const added = await newObjects(before);
    expect(added).toHaveLength(1);
    const served = await service.call('GET', `/attachments/${attachment.id}`);
    expect(served.rawPayload.equals(content)).toBe(true);
  });

  it('leaves nothing in the bucket and no row for a lying file (415) and for one over the limit (413)', async () => {
    const before = await s3.keys();
    const rows = await attachmentRows();

    const lying = await upload(Buffer.from('MZ\x90\x00 this is an executable, named a photo'), 'photo.png');
    expect(lying.statusCode).toBe(415);
    // Refused by its declared length, before a byte of it is read.
    const declared = await upload(png(maxFileBytes * 2));
    expect(declared.statusCode).toBe(413);

    expect(await newObjects(before)).toEqual([]);
    expect(await attachmentRows()).toBe(rows);
  });

  it('aborts the multipart upload of a file that turns out too large after its first part went up', async () => {
    const before = await s3.keys();
    const rows = await attachmentRows();
    const sent = s3.requests.length;

    // Within the declared length the route lets through, so it is read (and its first part sent)
    // before it turns out too large.
    expect(await uploadInPieces(png(maxFileBytes + 8 * 1024))).toBe(413);

    const requests = s3.requests.slice(sent);
    const initiated = requests.find((line) => /^POST \S+\?uploads/.test(line));
    expect(initiated).toBeDefined();
    expect(requests.some((line) => /^PUT \S+partNumber=1/.test(line))).toBe(true);
    expect(requests.some((line) => /^DELETE \S+\?uploadId=/.test(line))).toBe(true);
    expect(requests.some((line) => /^POST \S+\?uploadId=/.test(line))).toBe(false);
    expect(await newObjects(before)).toEqual([]);
    expect(await attachmentRows()).toBe(rows);
  });

  it('answers 404, not 500, for an attachment whose object is gone from the bucket', async () => {
    const before = await s3.keys();
    const attachment = z.parse(attachmentSchema, (await upload(png(1000))).json());
    const [objectKey] = await newObjects(before);
    await s3.client.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: objectKey }));

    const served = await service.call('GET', `/attachments/${attachment.id}`);
    expect(served.statusCode).toBe(404);
    expect(z.parse(problemSchema, served.json()).status).toBe(404);
  });

  it('does not start with a bucket that is not there, and says which', async () => {
    const config = loadConfig({
      ...s3.env,
      S3_BUCKET: 'no-such-bucket',
      DATA_DIR: service.dataDir,
      LOG_LEVEL: 'silent',
    });
    await expect(createService({ config, logger: false })).rejects.toThrow(
      /S3 bucket "no-such-bucket" at http:\/\/127\.0\.0\.1:\d+: there is no such bucket \(S3_BUCKET\)/,
    );
  });

  // Last: it stops the server.
  it('is not ready while the bucket does not answer', async () => {
    expect((await service.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    await s3.stop();
    const ready = await service.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(z.parse(problemSchema, ready.json()).detail).toMatch(/attachment storage/);
  });
});
