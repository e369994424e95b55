import { attachmentSchema, cleanFileName } from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { expectClientProblem, expectJson, expectProblem, expectValidation, newKey } from '../http';
import type { SuiteContext } from '../world';

/** A file of `size` bytes that starts as a real PNG does; `seed` varies the rest. */
export function png(size = 64, seed = 1): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(Math.max(size, 8));
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  for (let i = 8; i < bytes.length; i += 1) bytes[i] = (i * 31 + seed) & 0xff;
  return bytes;
}

export const pdf = (): Uint8Array<ArrayBuffer> => new TextEncoder().encode('%PDF-1.7\n% conformance\n');

export function attachmentTests(suite: () => SuiteContext): void {
  describe('POST /attachments', () => {
    it('201: the type found by content, the size, the name; the same key and file again is 200 with the same attachment', async () => {
      const { seller } = suite();
      const bytes = png(300);
      const key = newKey();
      const first = expectJson(
        await seller.upload({ bytes, name: 'этикетка.png', type: 'application/octet-stream' }, key),
        201,
        attachmentSchema,
      );
      expect(first).toMatchObject({ name: 'этикетка.png', size: 300, type: 'image/png' });
      const again = expectJson(
        await seller.upload({ bytes, name: 'этикетка.png', type: 'application/octet-stream' }, key),
        200,
        attachmentSchema,
      );
      expect(again).toEqual(first);
    });

    it('judges the type by content, not by the name or the declared type', async () => {
      const { seller, world } = suite();
      if (world.policy.attachments.types.includes('application/pdf')) {
        const answer = await seller.upload({ bytes: pdf(), name: 'scan.png', type: 'image/png' });
        expect(expectJson(answer, 201, attachmentSchema).type).toBe('application/pdf');
      }
      const lying = new TextEncoder().encode('MZ\u0090\u0000 this is an executable, not a photo');
      expectProblem(await seller.upload({ bytes: lying, name: 'photo.jpg', type: 'image/jpeg' }), 415);
      if (!world.policy.attachments.types.includes('image/gif')) {
        const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0]);
        expectProblem(await seller.upload({ bytes: gif, name: 'anim.gif', type: 'image/gif' }), 415);
      }
    });

    it('cleans the name of path segments and control characters', async () => {
      const { seller } = suite();
      const name = '../../\u202Egnp.exe';
      const stored = expectJson(await seller.upload({ bytes: png(), name }), 201, attachmentSchema);
      expect(stored.name).toBe(cleanFileName(name));
    });

    it('413 for a file over the policy’s maxFileBytes', { timeout: 30_000 }, async () => {
      const { seller, world } = suite();
      const size = world.policy.attachments.maxFileBytes + 1;
      expectProblem(await seller.upload({ bytes: png(size), name: 'big.png' }), 413);
    });

    it('the same key with another file is 422', async () => {
      const { seller } = suite();
      const key = newKey();
      expectJson(await seller.upload({ bytes: png(64, 1), name: 'a.png' }, key), 201, attachmentSchema);
      expectValidation(await seller.upload({ bytes: png(64, 2), name: 'a.png' }, key), /./);
    });

    it('422 naming `file` when there is no file part; a refused upload is a client problem', async () => {
      const { seller } = suite();
      expectValidation(await seller.upload({ bytes: png(), name: 'x.png' }, newKey(), 'document'), 'file');
      expectClientProblem(
        await seller.post('/attachments', { file: 'not multipart' }, { idempotencyKey: newKey() }),
      );
      expectClientProblem(await seller.upload({ bytes: png(), name: 'x.png' }, null));
    });
  });

  describe('GET /attachments/{id}', () => {
    it('200: the bytes as uploaded, Content-Type the attachment’s type, Content-Disposition inline', async () => {
      const { seller } = suite();
      const bytes = png(200, 7);
      const stored = expectJson(await seller.upload({ bytes, name: 'фото.png' }), 201, attachmentSchema);
      const answer = await seller.get(`/attachments/${encodeURIComponent(stored.id)}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('Content-Type') ?? '').toMatch(/^image\/png\b/);
      const disposition = answer.headers.get('Content-Disposition') ?? '';
      expect(disposition).toMatch(/^inline\b/);
      expect(disposition.toLowerCase()).toContain(
        `filename*=utf-8''${encodeURIComponent('фото.png')}`.toLowerCase(),
      );
      expect(answer.bytes).toEqual(bytes);
    });

    it('404 for an id the server never issued', async () => {
      const { seller } = suite();
      expectProblem(await seller.get('/attachments/att-never-issued-0'), 404);
    });
  });
}
