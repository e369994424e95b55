import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { attachmentSchema, cleanFileName, type Attachment, type Policy } from '@seller-support/contract';
import { sniffContentType } from '@seller-support/mocks';
import { fileTypeFromBuffer } from 'file-type';
import type { Kysely } from 'kysely';
import * as z from 'zod/mini';
import type { AttachmentStorage } from '../adapters/attachment-storage';
import type { Caller } from '../auth/verifier';
import type { Clock } from '../clock';
import { notFound, ProblemError } from '../http/problem';
import { fingerprint } from '../lib/fingerprint';
import type { AttachmentStore, StoredAttachment } from '../store/attachments';
import type { IdempotencyStore } from '../store/idempotency';
import type { Database } from '../store/schema';
import { isoTimestamp } from '../store/sql';
import { refuseUnclaimed, type Created } from './seller-support';

export interface AttachmentServiceDeps {
  db: Kysely<Database>;
  attachments: AttachmentStore;
  idempotency: IdempotencyStore;
  storage: AttachmentStorage;
  policy: Policy;
  clock: Clock;
}

/** A file part as it arrives: its name and its content, read as it streams in. */
export interface IncomingFile {
  filename: string;
  content: AsyncIterable<Uint8Array>;
}

// file-type needs at most this much of the start of a file to tell its type.
const sniffBytes = 4100;
/** An upload holds its key for as long as its content may take to arrive (the client gives it three minutes). */
const uploadClaimStaleMs = 200_000;

export function tooLarge(maxFileBytes: number): ProblemError {
  return new ProblemError(413, `The file is larger than ${maxFileBytes} bytes.`, [
    { path: 'file', message: `at most ${maxFileBytes} bytes` },
  ]);
}

/**
 * The type of a file by its first bytes. `file-type` reads the structure (a PNG's chunks, say);
 * what it cannot place is judged by the bare magic numbers the mocks judge by, so the service
 * accepts exactly what the mocks accept (a PNG signature over empty pixels, as the contract's
 * tests send) and still tells a GIF or an executable for what it is. An animated PNG is a PNG.
 */
async function contentTypeOf(head: Uint8Array): Promise<string | null> {
  const found = (await fileTypeFromBuffer(head))?.mime;
  if (found === 'image/apng') return 'image/png';
  return found ?? sniffContentType(head);
}

/** Reads a stream to its end, so the client gets the answer rather than a reset connection. */
async function drain(content: AsyncIterable<Uint8Array>): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- only the reading matters.
  for await (const _chunk of content);
}

/** The content with a running size and hash; over `maxBytes` it throws a 413. */
function measured(head: Uint8Array, rest: AsyncIterator<Uint8Array>, maxBytes: number) {
  const hash = createHash('sha256');
  const state = { size: 0, sha256: '' };
  const take = (chunk: Uint8Array) => {
    state.size += chunk.length;
    if (state.size > maxBytes) throw tooLarge(maxBytes);
    hash.update(chunk);
    return chunk;
  };
  async function* content(): AsyncGenerator<Uint8Array> {
    if (head.length > 0) yield take(head);
    for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield take(next.value);
    state.sha256 = hash.digest('hex');
  }
  return { content: content(), state };
}

/**
 * Uploads and downloads. An upload streams to the attachment storage while it arrives; its type
 * is judged by its first bytes (magic numbers, `file-type`), never by its name or the part's
 * declared type, and its size by the policy.
 */
export class AttachmentService {
  readonly #deps: AttachmentServiceDeps;

  constructor(deps: AttachmentServiceDeps) {
    this.#deps = deps;
  }

  /** The largest file the policy accepts. */
  get maxFileBytes(): number {
    return this.#deps.policy.attachments.maxFileBytes;
  }

  async upload(caller: Caller, key: string, file: IncomingFile): Promise<Created<Attachment>> {
    const { db, attachments, idempotency, storage, policy, clock } = this.#deps;
    const limits = policy.attachments;
    const name = cleanFileName(file.filename) || 'file';
    const claim = await idempotency.claim(
      { sellerId: caller.sellerId, operation: 'uploadAttachment', key },
      null,
      uploadClaimStaleMs,
    );
    const iterator = file.content[Symbol.asyncIterator]();

    // The start of the file, enough to tell its type.
    const chunks: Uint8Array[] = [];
    let headSize = 0;
    while (headSize < sniffBytes) {
      const next = await iterator.next();
      if (next.done === true) break;
      chunks.push(next.value);
      headSize += next.value.length;
    }
    const head = Buffer.concat(chunks);
    const rest: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => iterator };

    if (claim.kind === 'replay') {
      // The same key again: the same file (name and content) gets the first answer.
      const { content, state } = measured(head, iterator, limits.maxFileBytes);
      await drain(content);
      if (fingerprint('uploadAttachment', name, state.size, state.sha256) !== claim.fingerprint)
        refuseUnclaimed({ kind: 'mismatch' });
      return { status: 200, value: z.parse(attachmentSchema, claim.result.response) };
    }
    if (claim.kind !== 'claimed') {
      await drain(rest);
      refuseUnclaimed(claim);
    }

    const storageKey = `att-${randomUUID()}`;
    let written = false;
    try {
      const type = await contentTypeOf(head);
      if (type === null || !limits.types.includes(type)) {
        await drain(rest);
        throw new ProblemError(
          415,
          `Only ${limits.types.join(', ')} files are accepted; the type is checked by content.`,
          [
            {
              path: 'file',
              message: type === null ? 'unrecognised file content' : `${type} is not accepted`,
            },
          ],
        );
      }
      const { content, state } = measured(head, iterator, limits.maxFileBytes);
      try {
        await storage.write(storageKey, content);
      } catch (error) {
        await drain(rest);
        throw error;
      }
      written = true;
      const attachment: Attachment = { id: storageKey, name, size: state.size, type };
      const print = fingerprint('uploadAttachment', name, state.size, state.sha256);
      await db.transaction().execute(async (tx) => {
        await attachments.insert(tx, {
          ...attachment,
          sellerId: caller.sellerId,
          storageKey,
          sha256: state.sha256,
          createdAt: isoTimestamp(clock()),
        });
        await idempotency.complete(tx, claim, print, {
          status: 201,
          resourceId: attachment.id,
          response: attachment,
        });
      });
      return { status: 201, value: attachment };
    } catch (error) {
      if (written) await storage.remove(storageKey);
      await idempotency.release(claim);
      throw error;
    }
  }

  /** One of the seller's files with its content; any other id is a 404, whoever's it is. */
  async open(
    caller: Caller,
    id: string,
  ): Promise<{ attachment: Attachment; size: number; stream: Readable }> {
    // The seller's own files, and those a moderator sent them in a message.
    return this.#open(
      await this.#deps.attachments.findReadable({ owner: caller.sellerId, shownIn: 'seller' }, id),
      id,
    );
  }

  /** A file for the desk: the moderator's own upload, or any ticket's file; any other id is a 404. */
  async openForDesk(
    owner: string,
    id: string,
  ): Promise<{ attachment: Attachment; size: number; stream: Readable }> {
    return this.#open(await this.#deps.attachments.findReadable({ owner, shownIn: 'desk' }, id), id);
  }

  async #open(
    stored: StoredAttachment | undefined,
    id: string,
  ): Promise<{ attachment: Attachment; size: number; stream: Readable }> {
    if (stored === undefined) throw notFound(`attachment ${id}`);
    const content = await this.#deps.storage.read(stored.storageKey);
    if (content === null) throw new Error(`The content of attachment ${id} is missing from the storage`);
    return {
      attachment: { id: stored.id, name: stored.name, size: stored.size, type: stored.type },
      ...content,
    };
  }
}
