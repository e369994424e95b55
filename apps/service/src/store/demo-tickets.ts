import { createHash } from 'node:crypto';
import { ticketSchema, type Attachment } from '@seller-support/contract';
import { createDataset, sampleAttachmentBytes } from '@seller-support/mocks';
import { sql, type Kysely } from 'kysely';
import * as z from 'zod/mini';
import { newStorageKey, type AttachmentStorage } from '../adapters/attachment-storage';
import type { DemoSeller } from '../adapters/demo-marketplace';
import type { Clock } from '../clock';
import { lastMessageOf } from '../domain/tickets';
import { normalizeForSearch } from '../lib/search';
import type { Database } from './schema';
import { isoTimestamp, jsonb } from './sql';

// Serialises the first seeding across processes that start together.
const demoTicketsLock = 0xd3e0;

/**
 * The demo seller's requests on the first start (one per status, the mocks' showcase: an offer to
 * decide, a resolved one to reopen or rate, a question waiting for the seller…), dated relative to
 * that moment, with their photos and scans in the attachment storage. Support's own data: written
 * once and then kept, like every request a seller sends later.
 */
export async function seedDemoTickets(
  db: Kysely<Database>,
  storage: AttachmentStorage,
  clock: Clock,
  spec: DemoSeller,
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(${demoTicketsLock})`.execute(tx);
    const seeded = await tx
      .selectFrom('tickets')
      .select('id')
      .where('seller_id', '=', spec.seller.id)
      .limit(1)
      .execute();
    if (seeded.length > 0) return 0;
    const now = isoTimestamp(new Date(Math.floor(clock().getTime() / 60_000) * 60_000));
    const dataset = createDataset({
      seed: spec.seed,
      now,
      seller: spec.seller,
      orders: spec.orders,
      inTransit: spec.inTransit,
    });
    for (const seededTicket of dataset.tickets) {
      const ticket = z.parse(ticketSchema, seededTicket);
      const events = ticket.events ?? [];
      const request = ticket.request;
      if (request === undefined) continue;
      const files: Attachment[] = [
        ...request.attachments,
        ...events.flatMap((event) => (event.kind === 'message' ? event.attachments : [])),
      ];
      for (const file of new Map(files.map((item) => [item.id, item])).values()) {
        const bytes = sampleAttachmentBytes(file);
        const storageKey = newStorageKey();
        await storage.write(storageKey, [bytes]);
        await tx
          .insertInto('attachments')
          .values({
            id: file.id,
            seller_id: spec.seller.id,
            name: file.name,
            size: bytes.length,
            type: file.type,
            sha256: createHash('sha256').update(bytes).digest('hex'),
            storage_key: storageKey,
            created_at: ticket.createdAt,
          })
          .execute();
      }
      const lastMessage = events.findLast((event) => event.kind === 'message');
      await tx
        .insertInto('tickets')
        .values({
          id: ticket.id,
          seller_id: spec.seller.id,
          number: Number(ticket.number),
          topic: ticket.topic,
          subject: ticket.subject,
          search: normalizeForSearch(ticket.subject),
          status: ticket.status,
          created_at: ticket.createdAt,
          updated_at: ticket.updatedAt,
          assignee: jsonb(ticket.assignee),
          expected_first_response_by: ticket.expectedFirstResponseBy,
          unread: ticket.unread,
          rating: jsonb(ticket.rating),
          request: jsonb(request),
          last_message: jsonb(lastMessage?.kind === 'message' ? lastMessageOf(lastMessage) : null),
        })
        .execute();
      if (events.length > 0) {
        await tx
          .insertInto('ticket_events')
          .values(
            events.map((event) => ({
              id: event.id,
              ticket_id: ticket.id,
              at: event.at,
              kind: event.kind,
              data: jsonb(event),
            })),
          )
          .execute();
      }
    }
    return dataset.tickets.length;
  });
}
