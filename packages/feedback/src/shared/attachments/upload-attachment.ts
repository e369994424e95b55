import type { ApiClient, Attachment, UploadFile } from '@seller-support/contract';
import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import { newIdempotencyKey } from '../lib/idempotency-key';

/** Mutation keys of attachments, from general to specific. */
export const attachmentKeys = {
  all: ['attachments'] as const,
  upload: () => [...attachmentKeys.all, 'upload'] as const,
};

/** True for the rejection of an upload that was cancelled. */
export function isCancelled(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * One file's way to the server: `POST /attachments` with its own idempotency key, created once
 * and reused by every retry of this file (a retry after a lost answer gets the same attachment,
 * not a second one), with progress and cancel. It runs as a mutation of the module's
 * QueryClient, so a 401 reaches the host like any other request's.
 */
export class AttachmentUpload {
  readonly idempotencyKey = newIdempotencyKey();
  readonly file: UploadFile;
  readonly #api: ApiClient;
  readonly #queryClient: QueryClient;
  #controller: AbortController | null = null;

  constructor(api: ApiClient, queryClient: QueryClient, file: UploadFile) {
    this.#api = api;
    this.#queryClient = queryClient;
    this.file = file;
  }

  /** Sends the file (again); an attempt still running is cancelled first. Rejects with an AbortError on cancel. */
  start(onProgress: (loaded: number, total: number) => void): Promise<Attachment> {
    this.cancel();
    const controller = new AbortController();
    this.#controller = controller;
    const observer = new MutationObserver(this.#queryClient, {
      mutationKey: attachmentKeys.upload(),
      mutationFn: () =>
        this.#api.uploadAttachment(this.file, {
          idempotencyKey: this.idempotencyKey,
          signal: controller.signal,
          onProgress,
        }),
    });
    return observer.mutate().finally(() => {
      if (this.#controller === controller) this.#controller = null;
    });
  }

  /** Stops the running attempt, if any. */
  cancel(): void {
    this.#controller?.abort();
    this.#controller = null;
  }
}
