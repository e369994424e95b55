import * as z from 'zod/mini';
import { receivedPageSchema, type ReceivedPage } from './common';
import { orFallback } from './tolerance';

/**
 * What an unread count reads of a ticket in `GET /tickets`: its `unread` and nothing else, so a
 * host page's badge carries none of the tickets' schemas. A count that cannot be read is no news.
 */
export const receivedUnreadItemSchema = z.object({ unread: orFallback(z.int().check(z.nonnegative()), 0) });

/** A page of `GET /tickets` as an unread count reads it. */
export const receivedUnreadPageSchema = receivedPageSchema(receivedUnreadItemSchema);
/** A page of `GET /tickets` as an unread count reads it. */
export type ReceivedUnreadPage = ReceivedPage<{ unread: number }>;
