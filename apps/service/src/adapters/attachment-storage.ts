import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';

/**
 * Where attachment content lives, by key. What an S3-compatible store implements too: `write` is a
 * streamed PUT that becomes visible only when complete, `read` a GET, `remove` a DELETE.
 */
export interface AttachmentStorage {
  /** Stores the content under `key`; nothing is visible under it unless the whole content arrived. */
  write(key: string, content: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<void>;
  /** The content and its size, or null when there is nothing under `key`. */
  read(key: string): Promise<{ size: number; stream: Readable } | null>;
  remove(key: string): Promise<void>;
}

/** Attachments as files in a directory (`DATA_DIR/attachments` by default). */
export class LocalDirectoryStorage implements AttachmentStorage {
  readonly #root: string;

  constructor(root: string) {
    this.#root = root;
  }

  #path(key: string): string {
    if (!/^[\w-]{1,200}$/.test(key)) throw new Error(`Not a storage key: ${key}`);
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
}
