import { constants, createReadStream } from 'node:fs';
import { access, mkdir, rename, rm, stat } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { randomBytes, randomUUID } from 'node:crypto';

/**
 * Where attachment content lives, by key: a local directory (below) or an S3-compatible bucket
 * (`s3-storage.ts`), where `write` is a streamed upload that becomes visible only when complete,
 * `read` a GET, `remove` a DELETE.
 */
export interface AttachmentStorage {
  /** Stores the content under `key`; nothing is visible under it unless the whole content arrived. */
  write(key: string, content: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<void>;
  /** The content and its size, or null when there is nothing under `key`. */
  read(key: string): Promise<{ size: number; stream: Readable } | null>;
  remove(key: string): Promise<void>;
  /** Whether the storage answers now (for /readyz). */
  ready(): Promise<boolean>;
}

/**
 * A new key for an attachment's content: 144 random bits, unrelated to the attachment's id and
 * its name, so that neither the seller's file name nor anything a client sees leads to it.
 */
export function newStorageKey(): string {
  return randomBytes(18).toString('base64url');
}

/** Keys are letters, digits, `_` and `-`: safe as a file name and as an object key alike. */
export function assertStorageKey(key: string): void {
  if (!/^[\w-]{1,200}$/.test(key)) throw new Error(`Not a storage key: ${key}`);
}

/** Attachments as files in a directory (`DATA_DIR/attachments` by default). */
export class LocalDirectoryStorage implements AttachmentStorage {
  readonly #root: string;

  constructor(root: string) {
    this.#root = root;
  }

  #path(key: string): string {
    assertStorageKey(key);
    // Two levels of fan-out keep directories small with millions of files.
    return path.join(this.#root, key.slice(-2), key);
  }

  async write(key: string, content: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<void> {
    const target = this.#path(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Written aside, flushed, then renamed into place: a crash leaves a stray temporary, never half a file.
    const temporary = `${target}.${randomUUID()}.partial`;
    const file = await open(temporary, 'wx');
    try {
      for await (const chunk of content) await file.write(chunk);
      await file.sync();
    } catch (error) {
      await file.close();
      await rm(temporary, { force: true });
      throw error;
    }
    await file.close();
    await rename(temporary, target);
  }

  async read(key: string): Promise<{ size: number; stream: Readable } | null> {
    const file = this.#path(key);
    try {
      const { size } = await stat(file);
      return { size, stream: createReadStream(file) };
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.#path(key), { force: true });
  }

  async ready(): Promise<boolean> {
    try {
      await mkdir(this.#root, { recursive: true });
      await access(this.#root, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  }
}
