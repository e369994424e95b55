import {
  FetchApiClient,
  ServerError,
  UnauthorizedError,
  type Attachment,
  type UploadFile,
} from '@seller-support/contract';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api/query-client';
import { newIdempotencyKey } from '../lib/idempotency-key';
import { AttachmentUpload, isCancelled } from './upload-attachment';

type UploadOptions = Parameters<FetchApiClient['uploadAttachment']>[1];

/** An API client whose uploads are answered by the test. */
class ScriptedClient extends FetchApiClient {
  readonly calls: UploadOptions[] = [];
  answer: (options: UploadOptions) => Promise<Attachment> = () => new Promise(() => undefined);

  constructor() {
    super({ baseUrl: '/api', getAccessToken: () => 'token' });
  }

  override uploadAttachment(_file: UploadFile, options: UploadOptions): Promise<Attachment> {
    this.calls.push(options);
    return this.answer(options);
  }
}

const stored: Attachment = { id: 'att-1', name: 'a.pdf', size: 10, type: 'application/pdf' };
const file = new File(['%PDF-1.7'], 'a.pdf');

describe('AttachmentUpload', () => {
  it('keeps one idempotency key for every retry of the same file, and a new one per file', async () => {
    const api = new ScriptedClient();
    const queryClient = createQueryClient({ retry: false });
    api.answer = () => Promise.reject(new ServerError({ status: 503 }));
    const upload = new AttachmentUpload(api, queryClient, file);

    await expect(upload.start(vi.fn())).rejects.toBeInstanceOf(ServerError);
    api.answer = () => Promise.resolve(stored);
    await expect(upload.start(vi.fn())).resolves.toEqual(stored);

    expect(api.calls.map((call) => call.idempotencyKey)).toEqual([
      upload.idempotencyKey,
      upload.idempotencyKey,
    ]);
    expect(new AttachmentUpload(api, queryClient, file).idempotencyKey).not.toBe(upload.idempotencyKey);
  });

  it('passes progress through and cancels with its signal', async () => {
    const api = new ScriptedClient();
    api.answer = (options) =>
      new Promise((_resolve, reject) => {
        options.onProgress?.(5, 10);
        options.signal?.addEventListener('abort', () => reject(new DOMException('Cancelled', 'AbortError')));
      });
    const onProgress = vi.fn();
    const upload = new AttachmentUpload(api, createQueryClient({ retry: false }), file);

    const result = upload.start(onProgress);
    await vi.waitFor(() => expect(onProgress).toHaveBeenCalledWith(5, 10));
    upload.cancel();

    const error = await result.catch((caught: unknown) => caught);
    expect(isCancelled(error)).toBe(true);
    expect(api.calls[0]?.signal?.aborted).toBe(true);
  });

  it('hands a 401 to the host like every other request of the module', async () => {
    const api = new ScriptedClient();
    api.answer = () => Promise.reject(new UnauthorizedError());
    const onUnauthorized = vi.fn();
    const upload = new AttachmentUpload(api, createQueryClient({ retry: false, onUnauthorized }), file);

    await expect(upload.start(vi.fn())).rejects.toBeInstanceOf(UnauthorizedError);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});

describe('newIdempotencyKey', () => {
  it('makes a v4 UUID, also without crypto.randomUUID (plain http hosts)', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newIdempotencyKey()).toMatch(uuid);

    const real = globalThis.crypto;
    vi.stubGlobal('crypto', {
      getRandomValues: (array: Uint8Array<ArrayBuffer>) => real.getRandomValues(array),
    });
    try {
      const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
      expect(keys.size).toBe(50);
      for (const key of keys) expect(key).toMatch(uuid);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
