import { attachmentSchema, type Attachment } from '@seller-support/contract';
import { sql, type Kysely, type Transaction } from 'kysely';
import * as z from 'zod/mini';
import type { Database } from './schema';

/** An attachment as stored: the contract's fields, whose it is and where its content lives. */
export interface StoredAttachment extends Attachment {
  sellerId: string;
  storageKey: string;
}

type Db = Kysely<Database> | Transaction<Database>;

/** The queries of attachments' metadata (their content is in the attachment storage). */
export class AttachmentStore {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async insert(
    tx: Transaction<Database>,
    attachment: StoredAttachment & { sha256: string; createdAt: string },
  ): Promise<void> {
    await tx
      .insertInto('attachments')
      .values({
        id: attachment.id,
        seller_id: attachment.sellerId,
        name: attachment.name,
        size: attachment.size,
        type: attachment.type,
        sha256: attachment.sha256,
        storage_key: attachment.storageKey,
        created_at: attachment.createdAt,
      })
      .execute();
  }

  /** The seller's attachments among `ids` (another seller's are not found). */
  async findOwned(
    sellerId: string,
    ids: readonly string[],
    db: Db = this.#db,
  ): Promise<Map<string, StoredAttachment>> {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom('attachments')
      .select(['id', 'seller_id', 'name', 'size', 'type', 'storage_key'])
      .where('seller_id', '=', sellerId)
      .where('id', 'in', [...ids])
      .execute();
    return new Map(
      rows.map((row) => [
        row.id,
        {
          ...z.parse(attachmentSchema, { id: row.id, name: row.name, size: row.size, type: row.type }),
          sellerId: row.seller_id,
          storageKey: row.storage_key,
        },
      ]),
    );
  }

  /**
   * One attachment a reader may open: the seller's own upload, or (`shownIn: 'seller'`) a file a
   * moderator sent in a message of one of the seller's tickets; for the desk (`shownIn: 'desk'`),
   * the moderator's own upload or any file of any ticket's request or message.
   */
  async findReadable(
    reader: { owner: string; shownIn: 'seller' | 'desk' },
    id: string,
  ): Promise<StoredAttachment | undefined> {
    const listed = sql<boolean>`jsonb_build_array(jsonb_build_object('id', cast(${id} as text)))`;
    const inTickets =
      reader.shownIn === 'seller'
        ? sql<boolean>`exists (
            select 1 from ticket_events e join tickets t on t.id = e.ticket_id
            where t.seller_id = ${reader.owner} and not e.internal and e.kind = 'message'
              and e.data->'attachments' @> ${listed})`
        : sql<boolean>`(
            exists (select 1 from tickets t where t.request->'attachments' @> ${listed})
            or exists (
              select 1 from ticket_events e where e.kind = 'message' and e.data->'attachments' @> ${listed}))`;
    const row = await this.#db
      .selectFrom('attachments')
      .select(['id', 'seller_id', 'name', 'size', 'type', 'storage_key'])
      .where('id', '=', id)
      .where((eb) => eb.or([eb('seller_id', '=', reader.owner), inTickets]))
      .executeTakeFirst();
    if (row === undefined) return undefined;
    return {
      ...z.parse(attachmentSchema, { id: row.id, name: row.name, size: row.size, type: row.type }),
      sellerId: row.seller_id,
      storageKey: row.storage_key,
    };
  }
}
