import {
  createTicketBodySchema,
  offerDecisionBodySchema,
  postMessageBodySchema,
  ratingBodySchema,
  reopenBodySchema,
  defaultArticleLimit,
  defaultPageLimit,
  maxPageLimit,
  cleanFileName,
  lastMessageSnippetMax,
  type ArticleList,
  type Attachment,
  type CreateTicketBody,
  type Facility,
  type Order,
  type OrderStatus,
  type Page,
  type Policy,
  type SellerContext,
  type Ticket,
  type TicketChanges,
  type TicketEvent,
  type TicketLastMessage,
  type TicketRequest,
  type ListArticlesQuery,
  type ListFacilitiesQuery,
  type ListOrdersQuery,
  type ListTicketsQuery,
  type Moderator,
  type TicketStatus,
} from '@seller-support/contract';
import type { EventVisibility } from '@seller-support/contract/desk';
import * as z from 'zod/mini';
import { firstResponseDue, normalizeForSearch, type Dataset, type TicketWithEvents } from './factories';
import { sampleAttachmentBytes } from './attachment-content';
import { fieldProblem, issuesToFieldErrors, ProblemError } from './problem';
import { LiveLog } from './live-log';
import { hashBytes } from './random';
import { dayMs, latestCalendarDate, minuteMs, parseTimestamp, toMoscowIso } from './time';

export { defaultPageLimit };

/** Who the uploads of the store's seller belong to (see `MockStore.uploadAttachment`). */
const sellerOwner = 'seller';

/** A file as it arrived in a multipart upload. */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** The outcome of a POST that creates something: `created` is false on an idempotent replay. */
export interface Created<T> {
  created: boolean;
  value: T;
}

/** Magic numbers of the file types a support request may carry (and GIF, to refuse it by name). */
export function sniffContentType(bytes: Uint8Array): string | null {
  const startsWith = (signature: readonly number[], offset = 0) =>
    bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
  if (startsWith([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith([0x52, 0x49, 0x46, 0x46]) && startsWith([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (startsWith([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith([0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  return null;
}

/** Stable JSON: object keys sorted, so two equal bodies fingerprint the same whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  // JSON.stringify(undefined) is undefined, not a string; a body can hold nothing else that is.
  if (value === undefined) return 'null';
  return JSON.stringify(value);
}

/** A body parsed strictly with a contract schema; a mismatch is a 422 naming the fields. */
export function parseBody<S extends z.ZodMiniType>(schema: S, body: unknown): z.output<S> {
  const result = z.safeParse(schema, body);
  if (!result.success) {
    throw new ProblemError(
      422,
      'The request body does not match the contract.',
      issuesToFieldErrors(result.error.issues),
    );
  }
  return result.data;
}

/** One page of `items` after an opaque cursor this store handed out (the desk's queue pages alike). */
export function paginate<T>(
  items: readonly T[],
  query: { cursor?: string | undefined; limit?: number | undefined },
): Page<T> {
  const offset = decodeCursor(query.cursor);
  const limit = query.limit ?? defaultPageLimit;
  if (!Number.isInteger(limit) || limit < 1)
    throw fieldProblem('limit', `must be a whole number from 1 to ${maxPageLimit}`, 'invalid');
  const size = Math.min(limit, maxPageLimit);
  const end = offset + size;
  return {
    items: items.slice(offset, end),
    nextCursor: end < items.length ? encodeCursor(end) : null,
    total: items.length,
  };
}

function encodeCursor(offset: number): string {
  return `c${offset.toString(36)}`;
}

function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined || cursor === '') return 0;
  if (!/^c[0-9a-z]{1,10}$/.test(cursor))
    throw fieldProblem('cursor', 'is not a cursor this server issued', 'invalid');
  return Number.parseInt(cursor.slice(1), 36);
}

/** A `from`/`to` timestamp of the orders query as epoch ms (the handlers already checked the format). */
function boundary(value: string | undefined, path: 'from' | 'to'): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw fieldProblem(path, 'must be an ISO 8601 timestamp with an offset', 'invalid');
  return ms;
}

/** Words too common to say anything about which article helps. */
const stopWords: ReadonlySet<string> = new Set(
  'где как что это для при или мне моя мой мои уже все всё так его она они был была были есть нет ещё еще почему когда какой какая могу можно надо нужно чтобы через после очень the and for'.split(
    ' ',
  ),
);

/** Crude stemming for Russian: "посылку" and "посылка" share "посыл". Enough to match help articles. */
function stems(query: string): string[] {
  return normalizeForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3 && !stopWords.has(word))
    .map((word) => (word.length <= 4 ? word : word.slice(0, Math.max(4, word.length - 2))));
}

/**
 * What the seller (or a test) just did to the store, for whoever plays the other side: the
 * moderator simulator listens to these. Sent only for real changes, never for idempotent replays.
 */
export type StoreChange =
  | { type: 'ticket-created'; ticketId: string }
  | { type: 'seller-message'; ticketId: string; previousStatus: TicketStatus }
  | { type: 'offer-decided'; ticketId: string; offerId: string; decision: 'accept' | 'decline' }
  | { type: 'reopened'; ticketId: string }
  | { type: 'reset' };

/** What a moderator's action changes on the ticket besides adding an event. */
export interface ModeratorChanges {
  status?: TicketStatus;
  assignee?: Moderator | null;
  expectedFirstResponseBy?: string | null;
}

/** What a ticket keeps of its create body: the body without topic and subject, its files as stored. */
function ticketRequestOf(
  body: CreateTicketBody,
  attachments: readonly Attachment[],
  facility: Facility | null,
): TicketRequest {
  return {
    description: body.description,
    fields: { ...body.fields },
    orderIds: [...body.orderIds],
    facilityId: body.facilityId,
    facility: facility === null ? null : { ...facility },
    confidential: body.confidential,
    attachments: attachments.map((attachment) => ({ ...attachment })),
    context: structuredClone(body.context),
  };
}

/** Statuses in which a parcel has left the seller but not reached the pickup point. */
const notYetArrived: ReadonlySet<OrderStatus> = new Set(['shipped', 'in_transit']);

/** The ticket as lists show it: without the timeline. */
function withoutEvents(ticket: TicketWithEvents): Ticket {
  return {
    id: ticket.id,
    number: ticket.number,
    topic: ticket.topic,
    subject: ticket.subject,
    status: ticket.status,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    assignee: ticket.assignee,
    expectedFirstResponseBy: ticket.expectedFirstResponseBy,
    unread: ticket.unread,
    rating: ticket.rating,
    ...lastMessageOf(ticket.events),
  };
}

/** The latest message as the list carries it: who wrote it, when, and the start of its text. */
export function lastMessageOf(events: readonly TicketEvent[]): { lastMessage?: TicketLastMessage } {
  const message = events.findLast((event) => event.kind === 'message');
  if (message?.kind !== 'message') return {};
  // One line of text, cut by characters (not UTF-16 units) so an emoji is never split in two.
  const text = Array.from(message.body.replace(/\s+/g, ' ').trim());
  const body = text.slice(0, lastMessageSnippetMax).join('');
  return { lastMessage: { author: message.author, body, at: message.at } };
}

/**
 * The mock server's state: what a real backend would keep in its database. Built from a dataset,
 * changed by the POST endpoints, and `reset()` back to the dataset between tests.
 *
 * Methods take already-decoded input (query objects, unknown JSON bodies) and throw `ProblemError`
 * for anything a real server would refuse; the MSW handlers only translate HTTP to these calls.
 */
/**
 * How the store tells time: `dataset` starts at the dataset's `now` and moves a minute per change
 * (tests and stories: the same run gives the same timestamps); `wall` is the real time (the demo).
 */
export type StoreClock = 'dataset' | 'wall';

export class MockStore {
  readonly dataset: Dataset;
  private tickets = new Map<string, TicketWithEvents>();
  private submissions = new Map<string, CreateTicketBody>();
  private attachments = new Map<string, Attachment>();
  private attachmentBytes = new Map<string, Uint8Array>();
  /** Attachment id → who uploaded it (`sellerOwner`, or a desk moderator). */
  private attachmentOwners = new Map<string, string>();
  /** Operation and idempotency key → fingerprint of the request that first used the key for it. */
  private idempotency = new Map<string, string>();
  private ticketReplays = new Map<string, () => Ticket>();
  private ticketActionReplays = new Map<string, () => TicketWithEvents>();
  private messageReplays = new Map<string, () => TicketEvent>();
  private attachmentReplays = new Map<string, () => Attachment>();
  private orderChanges = new Map<string, Partial<Omit<Order, 'id'>>>();
  private clockMs = 0;
  private nextTicketNumber = 0;
  private nextAttachmentNumber = 0;
  private nextEventNumber = 0;
  private readonly listeners = new Set<(change: StoreChange) => void>();
  /** Every new event of every ticket, numbered, for the live streams (`GET /events`). */
  readonly live = new LiveLog();

  private readonly clock: StoreClock;
  private readonly numbersFrom: number | undefined;

  /**
   * `numbersFrom`: where the numbers of new tickets and uploads start (`T-…`, `att-…`); by default
   * after the dataset's tickets, and 1001 for uploads. A second seller's store starts elsewhere, so
   * that no id names resources of two sellers.
   */
  constructor(dataset: Dataset, options: { clock?: StoreClock; numbersFrom?: number } = {}) {
    this.dataset = dataset;
    this.clock = options.clock ?? 'dataset';
    this.numbersFrom = options.numbersFrom;
    this.reset();
  }

  /** Forgets everything written since construction: tickets, attachments, idempotency keys, the clock. */
  reset(): void {
    this.tickets = new Map(this.dataset.tickets.map((ticket) => [ticket.id, structuredClone(ticket)]));
    this.submissions = new Map();
    this.attachments = new Map();
    this.attachmentBytes = new Map();
    this.attachmentOwners = new Map();
    this.idempotency = new Map();
    this.ticketReplays = new Map();
    this.ticketActionReplays = new Map();
    this.messageReplays = new Map();
    this.attachmentReplays = new Map();
    this.orderChanges = new Map();
    this.clockMs = parseTimestamp(this.dataset.now);
    this.nextTicketNumber = Math.max(
      this.numbersFrom ?? 0,
      Math.max(100, ...this.dataset.tickets.map((ticket) => Number(ticket.number))) + 1,
    );
    this.nextAttachmentNumber = this.numbersFrom ?? 1001;
    this.nextEventNumber = 1;
    this.live.restart();
    this.emit({ type: 'reset' });
  }

  /**
   * Calls `listener` after each change the seller makes (ticket created, message posted, offer
   * decided, ticket reopened) and after `reset()`. Listeners survive `reset()`. Returns an unsubscribe.
   */
  subscribe(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private emit(change: StoreChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /**
   * The store's clock. With the `dataset` clock it starts at the dataset's `now` and moves one
   * minute per change, so new events sort after the dataset's and stay deterministic. With the
   * `wall` clock it is the real time (never going back), as a real server's is.
   */
  now(): string {
    return toMoscowIso(this.nowMs());
  }

  private nowMs(): number {
    if (this.clock === 'wall') this.clockMs = Math.max(this.clockMs, Date.now());
    return this.clockMs;
  }

  /**
   * Moves the `dataset` clock forward by `ms` (rounded to whole minutes, at least nothing): the
   * moderator simulator uses it so a step "takes" some minutes and timelines read like real ones.
   * The `wall` clock is not moved: real time has passed already, and an event dated in the
   * future would contradict the seller's own clock.
   */
  advanceClock(ms: number): string {
    if (this.clock === 'wall') return this.now();
    this.clockMs += Math.max(0, Math.round(ms / minuteMs)) * minuteMs;
    return toMoscowIso(this.clockMs);
  }

  private tick(): string {
    if (this.clock === 'wall') return this.now();
    this.clockMs += minuteMs;
    return toMoscowIso(this.clockMs);
  }

  private eventId(): string {
    const id = `ev-n${this.nextEventNumber}`;
    this.nextEventNumber += 1;
    return id;
  }

  // --- idempotency ---------------------------------------------------------------------------

  /**
   * Runs `create` once per operation and idempotency key (a key is the seller's, and this store
   * has one seller). The same key with the same request replays the first result (`created:
   * false`); the same key with a different request is a 422. The same key for another operation
   * is another key.
   */
  // Public for the desk's operations (desk/store.ts), whose keys are scoped by the moderator in `operation`.
  once<T>(
    operation: string,
    replays: Map<string, () => T>,
    idempotencyKey: string,
    fingerprint: string,
    create: () => { value: T; replay: () => T },
  ): Created<T> {
    const key = `${operation}|${idempotencyKey}`;
    if (idempotencyKey.trim() === '') {
      throw new ProblemError(400, 'The Idempotency-Key header is required for this request.', [
        { path: 'Idempotency-Key', message: 'required header' },
      ]);
    }
    const seen = this.idempotency.get(key);
    if (seen !== undefined) {
      if (seen !== fingerprint) {
        throw new ProblemError(422, 'This Idempotency-Key was already used with a different request.', [
          { path: 'Idempotency-Key', message: 'already used with a different request body', code: 'invalid' },
        ]);
      }
      // Fingerprints start with the kind of resource, so an equal fingerprint means the same map.
      const replay = replays.get(key);
      if (!replay) throw new Error(`Idempotency record without a replay for ${idempotencyKey}`);
      return { created: false, value: replay() };
    }
    // A request that fails (422, 413…) records nothing: the client may fix it and retry with the key.
    const { value, replay } = create();
    this.idempotency.set(key, fingerprint);
    replays.set(key, replay);
    return { created: true, value };
  }

  // --- read endpoints --------------------------------------------------------------------------

  getContext(): SellerContext {
    return {
      seller: { ...this.dataset.seller },
      dealSummary: this.dataset.orders.summary(90),
      inTransit: this.dataset.orders
        .inTransit(200)
        .map((order) => this.current(order))
        .filter((order) => order.status === 'in_transit'),
    };
  }

  /**
   * The marketplace moves an order on (a parcel reaches its pickup point, say): from now on the
   * order reads with these changes, and leaves the in-transit list once it is no longer in
   * transit. A status filter of the order list still finds it only under its old status.
   */
  moveOrder(id: string, changes: Partial<Omit<Order, 'id'>>): Order {
    const order = this.getOrder(id);
    this.orderChanges.set(id, { ...this.orderChanges.get(id), ...changes });
    return { ...order, ...changes };
  }

  private current(order: Order): Order {
    const changes = this.orderChanges.get(order.id);
    return changes === undefined ? order : { ...order, ...changes };
  }

  /** Newest first; `from` inclusive, `to` exclusive, as the contract says. */
  listOrders(query: ListOrdersQuery = {}): Page<Order> {
    const indices = this.dataset.orders.filter({
      query: query.query,
      statuses: query.status,
      fromMs: boundary(query.from, 'from'),
      toMs: boundary(query.to, 'to'),
    });
    const page = paginate(indices, query);
    return { ...page, items: page.items.map((index) => this.current(this.dataset.orders.at(index))) };
  }

  getOrder(id: string): Order {
    const order = this.dataset.orders.find(id);
    if (!order) throw new ProblemError(404, `There is no order ${id}.`);
    return this.current(order);
  }

  listFacilities(query: ListFacilitiesQuery = {}): Page<Facility> {
    const text = query.query === undefined ? '' : normalizeForSearch(query.query);
    const matching = this.dataset.facilities.filter(
      (facility) =>
        (query.type === undefined || facility.type === query.type) &&
        (text === '' ||
          normalizeForSearch(facility.name).includes(text) ||
          normalizeForSearch(facility.address).includes(text)),
    );
    return paginate(matching, query);
  }

  getPolicy(): Policy {
    return structuredClone(this.dataset.policy);
  }

  /** Articles of the topic that match the text best; without text, the topic's articles. */
  listArticles(query: ListArticlesQuery = {}): ArticleList {
    const limit = query.limit ?? defaultArticleLimit;
    const wanted = query.query === undefined ? [] : stems(query.query);
    const scored = this.dataset.articles
      .filter((article) => query.topic === undefined || article.topic === query.topic)
      .map((article) => {
        // A word in the title says more than one in the keywords, which says more than the excerpt.
        const title = normalizeForSearch(article.title);
        const keywords = normalizeForSearch(article.keywords.join(' '));
        const excerpt = normalizeForSearch(article.excerpt);
        const score = wanted.reduce(
          (sum, stem) =>
            sum +
            (title.includes(stem) ? 3 : 0) +
            (keywords.includes(stem) ? 2 : 0) +
            (excerpt.includes(stem) ? 1 : 0),
          0,
        );
        return { article, score };
      })
      .filter(({ score }) => wanted.length === 0 || score > 0)
      .sort((a, b) => b.score - a.score);
    return {
      items: scored.slice(0, limit).map(({ article }) => ({
        id: article.id,
        title: article.title,
        excerpt: article.excerpt,
        url: article.url,
      })),
    };
  }

  // --- attachments -----------------------------------------------------------------------------

  /**
   * `owner`: who uploaded the file and may attach it (the seller by default; a desk moderator's
   * uploads are theirs, `desk:<moderator id>`). Anyone with the ticket may download it.
   */
  uploadAttachment(file: UploadedFile, idempotencyKey: string, owner = sellerOwner): Created<Attachment> {
    // Size and type first: a refused file records nothing, and hashing 10 MB to refuse it is waste.
    const limits = this.dataset.policy.attachments;
    if (file.bytes.length > limits.maxFileBytes) {
      throw new ProblemError(413, `The file is larger than ${limits.maxFileBytes} bytes.`, [
        { path: 'file', message: `at most ${limits.maxFileBytes} bytes` },
      ]);
    }
    const type = sniffContentType(file.bytes);
    if (type === null || !limits.types.includes(type)) {
      throw new ProblemError(
        415,
        `Only ${limits.types.join(', ')} files are accepted; the type is checked by content.`,
        [{ path: 'file', message: type === null ? 'unrecognised file content' : `${type} is not accepted` }],
      );
    }
    const name = cleanFileName(file.name) || 'file';
    const fingerprint = `attachment|${name}|${file.bytes.length}|${hashBytes(file.bytes)}`;
    return this.once('uploadAttachment', this.attachmentReplays, idempotencyKey, fingerprint, () => {
      const attachment: Attachment = {
        id: `att-${this.nextAttachmentNumber}`,
        name,
        size: file.bytes.length,
        type,
      };
      this.nextAttachmentNumber += 1;
      this.attachments.set(attachment.id, attachment);
      this.attachmentOwners.set(attachment.id, owner);
      this.attachmentBytes.set(attachment.id, file.bytes.slice());
      return { value: { ...attachment }, replay: () => ({ ...attachment }) };
    });
  }

  /** An attachment uploaded earlier, for assertions in tests. */
  getAttachment(id: string): Attachment | undefined {
    return this.attachments.get(id);
  }

  /**
   * `GET /attachments/{id}`: a file `owner` uploaded (its bytes as they came; the seller's by
   * default), or one a ticket carries (seeded ones get generated content of their kind). Anything else is a 404,
   * whoever's it is: the answer does not tell which ids exist.
   */
  getAttachmentContent(
    id: string,
    owner = sellerOwner,
  ): { attachment: Attachment; bytes: Uint8Array<ArrayBuffer> } {
    const uploaded = this.attachments.get(id);
    const bytes = this.attachmentBytes.get(id);
    let carried: Attachment | undefined;
    for (const ticket of this.tickets.values()) {
      carried ??= [
        ...(ticket.request?.attachments ?? []),
        ...ticket.events.flatMap((event) => (event.kind === 'message' ? event.attachments : [])),
      ].find((attachment) => attachment.id === id);
    }
    // Someone else's upload (a moderator's, or the seller's for the desk) is theirs to open once a
    // message carries it, not before.
    const visible = this.attachmentOwners.get(id) === owner || carried !== undefined;
    if (uploaded !== undefined && bytes !== undefined && visible)
      return { attachment: { ...uploaded }, bytes: bytes.slice() };
    if (carried !== undefined) return { attachment: { ...carried }, bytes: sampleAttachmentBytes(carried) };
    throw new ProblemError(404, `There is no attachment ${id}.`);
  }

  /** The files `owner` uploaded that `ids` name, within the policy's limits; a 422 naming `path` otherwise. */
  resolveAttachments(ids: readonly string[], path: string, owner = sellerOwner): Attachment[] {
    const limits = this.dataset.policy.attachments;
    if (ids.length > limits.maxFiles)
      throw fieldProblem(path, `at most ${limits.maxFiles} files`, 'too_many');
    const found = ids.map((id, i) => {
      const attachment = this.attachmentOwners.get(id) === owner ? this.attachments.get(id) : undefined;
      // The in-page mock keeps uploads in memory: after a reload a restored draft names ones it forgot.
      if (!attachment)
        throw fieldProblem(
          `${path}.${i}`,
          `no uploaded file ${id} on this server: upload the file again`,
          'not_found',
        );
      return { ...attachment };
    });
    const total = found.reduce((sum, attachment) => sum + attachment.size, 0);
    if (total > limits.maxTotalBytes)
      throw fieldProblem(path, `at most ${limits.maxTotalBytes} bytes in total`, 'too_large');
    return found;
  }

  // --- tickets ---------------------------------------------------------------------------------

  createTicket(body: unknown, idempotencyKey: string): Created<Ticket> {
    const result = this.once(
      'createTicket',
      this.ticketReplays,
      idempotencyKey,
      `ticket|${canonicalJson(body)}`,
      () => {
        const parsed = parseBody(createTicketBodySchema, body);
        const attachments = this.checkTicketBody(parsed);
        const number = this.nextTicketNumber;
        this.nextTicketNumber += 1;
        const createdAt = this.tick();
        const ticket: TicketWithEvents = {
          id: `T-${String(number).padStart(6, '0')}`,
          number: String(number),
          topic: parsed.topic,
          subject: parsed.subject.trim(),
          status: 'new',
          createdAt,
          updatedAt: createdAt,
          assignee: null,
          expectedFirstResponseBy: toMoscowIso(firstResponseDue(this.dataset.policy, this.nowMs())),
          unread: 0,
          events: [{ id: this.eventId(), at: createdAt, kind: 'created' }],
          rating: null,
          request: ticketRequestOf(
            parsed,
            attachments,
            this.dataset.facilities.find((facility) => facility.id === parsed.facilityId) ?? null,
          ),
        };
        this.tickets.set(ticket.id, ticket);
        this.submissions.set(ticket.id, parsed);
        for (const event of ticket.events) this.recordLive(ticket.id, event, 'seller');
        return { value: structuredClone(ticket), replay: () => this.getTicket(ticket.id) };
      },
    );
    if (result.created) this.emit({ type: 'ticket-created', ticketId: result.value.id });
    return result;
  }

  /** Checks a schema-valid body against the data: orders, facility and attachments must exist; returns the attachments. */
  private checkTicketBody(body: CreateTicketBody): Attachment[] {
    const orders = body.orderIds.map((id, i) => {
      const order = this.dataset.orders.find(id);
      if (!order) throw fieldProblem(`orderIds.${i}`, `unknown order ${id}`, 'not_found');
      return this.current(order);
    });
    if (body.topic === 'parcel_location') {
      orders.forEach((order, i) => {
        if (!notYetArrived.has(order.status)) {
          throw fieldProblem(`orderIds.${i}`, `order ${order.id} is not in transit`, 'not_in_transit');
        }
      });
    }
    if (body.facilityId !== null) {
      const facility = this.dataset.facilities.find((candidate) => candidate.id === body.facilityId);
      if (!facility) throw fieldProblem('facilityId', `unknown facility ${body.facilityId}`, 'not_found');
      if (body.topic === 'staff_complaint' && facility.type !== body.fields.facilityType) {
        throw fieldProblem(
          'facilityId',
          `facility ${facility.id} is not a ${body.fields.facilityType}`,
          'invalid',
        );
      }
    }
    // The seller dates the incident on their own calendar, which may be a day ahead of Moscow's.
    if (body.topic === 'staff_complaint' && body.fields.incidentDate > latestCalendarDate(this.nowMs())) {
      throw fieldProblem('fields.incidentDate', 'cannot be in the future', 'in_future');
    }
    if (
      body.topic === 'payments' &&
      body.fields.payoutPeriod &&
      body.fields.payoutPeriod.from > body.fields.payoutPeriod.to
    ) {
      throw fieldProblem(
        'fields.payoutPeriod.to',
        'must not be before the start of the period',
        'out_of_order',
      );
    }
    if (body.topic === 'warranty') {
      const order = orders[0];
      if (order && !order.items.some((item) => item.sku === body.fields.itemSku)) {
        throw fieldProblem(
          'fields.itemSku',
          `order ${order.id} has no item ${body.fields.itemSku}`,
          'not_found',
        );
      }
    }
    return this.resolveAttachments(body.attachmentIds, 'attachmentIds');
  }

  /** The body a ticket was created with (its context snapshot included): what support sees. */
  getSubmission(ticketId: string): CreateTicketBody | undefined {
    const body = this.submissions.get(ticketId);
    return body === undefined ? undefined : structuredClone(body);
  }

  /** Most recently updated first, without events; `total` counts every match. */
  listTickets(query: ListTicketsQuery = {}): Page<Ticket> {
    const text = query.query === undefined ? '' : normalizeForSearch(query.query);
    const statuses = query.status && query.status.length > 0 ? new Set(query.status) : null;
    const topics = query.topic && query.topic.length > 0 ? new Set(query.topic) : null;
    const unreadOnly = query.unread === true;
    const matching = [...this.tickets.values()]
      .filter(
        (ticket) =>
          (statuses === null || statuses.has(ticket.status)) &&
          (topics === null || topics.has(ticket.topic)) &&
          (!unreadOnly || ticket.unread > 0) &&
          (text === '' ||
            normalizeForSearch(ticket.subject).includes(text) ||
            ticket.id.toLowerCase().includes(text) ||
            ticket.number === text),
      )
      .sort(
        (a, b) =>
          parseTimestamp(b.updatedAt) - parseTimestamp(a.updatedAt) || Number(b.number) - Number(a.number),
      );
    const page = paginate(matching, query);
    return { ...page, items: page.items.map(withoutEvents) };
  }

  private ticketRecord(id: string): TicketWithEvents {
    const ticket = this.tickets.get(id);
    if (!ticket) throw new ProblemError(404, `There is no request ${id}.`);
    return ticket;
  }

  getTicket(id: string): TicketWithEvents {
    return structuredClone(this.ticketRecord(id));
  }

  /**
   * The `eventsCursor` after the last of `events`: the position in the history, spelled so that
   * no client is tempted to count with it. The history only grows (an offer's new status is sent
   * apart), so a position stays valid for the ticket's life.
   */
  eventsCursorOf(events: readonly TicketEvent[]): string {
    return `p${events.length.toString(36)}`;
  }

  /**
   * `GET /tickets/{id}/events?after=`: the events after a position `eventsCursorOf` handed out,
   * the ticket as it stands and every offer as it stands. A position this history does not have
   * (another server's, or one from before a `reset()`) is a 422 naming `after`.
   */
  ticketChanges(id: string, after: string): TicketChanges {
    const ticket = this.ticketRecord(id);
    const position = /^p[0-9a-z]{1,8}$/.test(after) ? Number.parseInt(after.slice(1), 36) : Number.NaN;
    if (!(position <= ticket.events.length)) {
      throw fieldProblem(
        'after',
        `is not a position in the history of ${id} this server handed out: load the request again`,
        'invalid',
      );
    }
    return {
      ticket: withoutEvents(ticket),
      events: structuredClone(ticket.events.slice(position)),
      offers: ticket.events.flatMap((event) =>
        event.kind === 'offer' ? [structuredClone(event.offer)] : [],
      ),
      eventsCursor: this.eventsCursorOf(ticket.events),
    };
  }

  /** Copies of every ticket, in no particular order: the desk's queue sorts and filters them itself. */
  allTickets(): TicketWithEvents[] {
    return [...this.tickets.values()].map((ticket) => structuredClone(ticket));
  }

  /** A copy of the ticket, or `undefined` when there is none (no 404 to catch). */
  findTicket(id: string): TicketWithEvents | undefined {
    const ticket = this.tickets.get(id);
    return ticket === undefined ? undefined : structuredClone(ticket);
  }

  private touch(ticket: TicketWithEvents, event: TicketEvent): void {
    ticket.events.push(event);
    ticket.updatedAt = event.at;
    this.recordLive(ticket.id, event, 'seller');
  }

  /** Puts a ticket's new event in the live log; the desk's internal notes come through here too. */
  recordLive(
    ticketId: string,
    event: { id: string; at: string; kind: string },
    visibility: EventVisibility,
  ): void {
    this.live.record({ ticketId, eventId: event.id, kind: event.kind, at: event.at, visibility });
  }

  postMessage(ticketId: string, body: unknown, idempotencyKey: string): Created<TicketEvent> {
    let previousStatus: TicketStatus = 'new';
    const result = this.once(
      'postMessage',
      this.messageReplays,
      idempotencyKey,
      `message|${ticketId}|${canonicalJson(body)}`,
      () => {
        const ticket = this.ticketRecord(ticketId);
        const parsed = parseBody(postMessageBodySchema, body);
        if (ticket.status === 'closed')
          throw new ProblemError(409, 'The request is closed; create a new one.');
        const attachments = this.resolveAttachments(parsed.attachmentIds, 'attachmentIds');
        const event: TicketEvent = {
          id: this.eventId(),
          at: this.tick(),
          kind: 'message',
          author: 'seller',
          body: parsed.body,
          attachments,
        };
        this.touch(ticket, event);
        previousStatus = ticket.status;
        if (ticket.status === 'waiting_seller') ticket.status = 'in_progress';
        return { value: structuredClone(event), replay: () => structuredClone(event) };
      },
    );
    if (result.created) this.emit({ type: 'seller-message', ticketId, previousStatus });
    return result;
  }

  /**
   * A ticket action (offer decision, reopen, rating) once per idempotency key when the request
   * has one: a replay answers the ticket as it is now. Without a key the action itself tells a
   * repeat from a conflict.
   */
  private ticketAction(
    operation: string,
    idempotencyKey: string | undefined,
    fingerprint: string,
    ticketId: string,
    apply: () => TicketWithEvents,
  ): TicketWithEvents {
    if (idempotencyKey === undefined) return apply();
    return this.once(operation, this.ticketActionReplays, idempotencyKey, fingerprint, () => ({
      value: apply(),
      replay: () => this.getTicket(ticketId),
    })).value;
  }

  /**
   * Accepts or declines an offer. The same decision again (say, a retry whose first answer was
   * lost) changes nothing and answers the ticket as it is; a different one on a decided offer is 409.
   */
  decideOffer(ticketId: string, offerId: string, body: unknown, idempotencyKey?: string): TicketWithEvents {
    return this.ticketAction(
      'decideOffer',
      idempotencyKey,
      `decision|${ticketId}|${offerId}|${canonicalJson(body)}`,
      ticketId,
      () => this.applyDecision(ticketId, offerId, body),
    );
  }

  private applyDecision(ticketId: string, offerId: string, body: unknown): TicketWithEvents {
    const ticket = this.ticketRecord(ticketId);
    const parsed = parseBody(offerDecisionBodySchema, body);
    const index = ticket.events.findIndex((event) => event.kind === 'offer' && event.offer.id === offerId);
    const offerEvent = ticket.events[index];
    if (offerEvent?.kind !== 'offer')
      throw new ProblemError(404, `There is no offer ${offerId} in ${ticketId}.`);
    if (offerEvent.offer.status !== 'pending') {
      const decided = ticket.events.find(
        (event) => event.kind === 'offer_decided' && event.offerId === offerId,
      );
      if (
        decided?.kind === 'offer_decided' &&
        decided.decision === parsed.decision &&
        decided.comment === parsed.comment
      ) {
        return structuredClone(ticket);
      }
      throw new ProblemError(409, `The offer was already ${offerEvent.offer.status}.`);
    }
    // Support settled the request meanwhile: an answer to its offer would bring it back to life
    // past the reopen rules (the seller reopens it instead).
    if (ticket.status === 'resolved' || ticket.status === 'closed') {
      throw new ProblemError(409, `The request is ${ticket.status}: its offer can no longer be decided.`);
    }
    ticket.events[index] = {
      ...offerEvent,
      offer: { ...offerEvent.offer, status: parsed.decision === 'accept' ? 'accepted' : 'declined' },
    };
    this.touch(ticket, {
      id: this.eventId(),
      at: this.tick(),
      kind: 'offer_decided',
      offerId,
      decision: parsed.decision,
      ...(parsed.comment === undefined ? {} : { comment: parsed.comment }),
    });
    if (parsed.decision === 'accept') {
      ticket.status = 'resolved';
      this.touch(ticket, {
        id: this.eventId(),
        at: this.tick(),
        kind: 'resolved',
        note: 'Предложение принято продавцом',
      });
    } else {
      ticket.status = 'in_progress';
    }
    const answer = structuredClone(ticket);
    this.emit({ type: 'offer-decided', ticketId, offerId, decision: parsed.decision });
    return answer;
  }

  /**
   * Reopens a resolved request. The same reopen again, while the request is still open from it,
   * changes nothing and answers the ticket as it is.
   */
  reopenTicket(ticketId: string, body: unknown, idempotencyKey?: string): TicketWithEvents {
    return this.ticketAction(
      'reopenTicket',
      idempotencyKey,
      `reopen|${ticketId}|${canonicalJson(body)}`,
      ticketId,
      () => this.applyReopen(ticketId, body),
    );
  }

  private applyReopen(ticketId: string, body: unknown): TicketWithEvents {
    const ticket = this.ticketRecord(ticketId);
    const parsed = parseBody(reopenBodySchema, body);
    if (ticket.status !== 'resolved') {
      const lastTurn = [...ticket.events]
        .reverse()
        .find((event) => event.kind === 'reopened' || event.kind === 'resolved' || event.kind === 'closed');
      if (lastTurn?.kind === 'reopened' && lastTurn.reason === parsed.reason) return structuredClone(ticket);
      throw new ProblemError(409, 'Only a resolved request can be reopened.');
    }
    const resolvedAt =
      [...ticket.events].reverse().find((event) => event.kind === 'resolved')?.at ?? ticket.updatedAt;
    const windowDays = this.dataset.policy.reopenWithinDays;
    if (this.nowMs() - parseTimestamp(resolvedAt) > windowDays * dayMs) {
      throw new ProblemError(409, `A request can be reopened within ${windowDays} days of its resolution.`);
    }
    ticket.status = 'in_progress';
    this.touch(ticket, { id: this.eventId(), at: this.tick(), kind: 'reopened', reason: parsed.reason });
    const answer = structuredClone(ticket);
    this.emit({ type: 'reopened', ticketId });
    return answer;
  }

  /**
   * Rates a resolved or closed request. The same rating again changes nothing and answers the
   * ticket as it is; a different one of a rated request is 409.
   */
  rateTicket(ticketId: string, body: unknown, idempotencyKey?: string): TicketWithEvents {
    return this.ticketAction(
      'rateTicket',
      idempotencyKey,
      `rating|${ticketId}|${canonicalJson(body)}`,
      ticketId,
      () => this.applyRating(ticketId, body),
    );
  }

  private applyRating(ticketId: string, body: unknown): TicketWithEvents {
    const ticket = this.ticketRecord(ticketId);
    const parsed = parseBody(ratingBodySchema, body);
    if (ticket.rating !== null) {
      if (ticket.rating.score === parsed.score && ticket.rating.comment === parsed.comment) {
        return structuredClone(ticket);
      }
      throw new ProblemError(409, 'The request is already rated.');
    }
    if (ticket.status !== 'resolved' && ticket.status !== 'closed') {
      throw new ProblemError(409, 'Only a resolved or closed request can be rated.');
    }
    const rating = {
      score: parsed.score,
      ...(parsed.comment === undefined ? {} : { comment: parsed.comment }),
    };
    ticket.rating = rating;
    this.touch(ticket, { id: this.eventId(), at: this.tick(), kind: 'rated', ...rating });
    return structuredClone(ticket);
  }

  markRead(ticketId: string): void {
    this.ticketRecord(ticketId).unread = 0;
  }

  // --- what a moderator would do (for stories, tests and the demo) -----------------------------

  /**
   * Adds a moderator's event to a ticket as the back office would; it counts as unread. `changes`
   * sets what the action changes besides (status, assignee, first-response deadline).
   */
  addModeratorEvent(
    ticketId: string,
    event: DistributiveOmit<TicketEvent, 'id' | 'at'>,
    changes: ModeratorChanges = {},
  ): TicketEvent {
    const ticket = this.ticketRecord(ticketId);
    const full: TicketEvent = { ...event, id: this.eventId(), at: this.tick() };
    this.touch(ticket, full);
    ticket.unread += 1;
    if (changes.status !== undefined) ticket.status = changes.status;
    if (changes.assignee !== undefined) ticket.assignee = changes.assignee;
    if (changes.expectedFirstResponseBy !== undefined)
      ticket.expectedFirstResponseBy = changes.expectedFirstResponseBy;
    return structuredClone(full);
  }

  /**
   * An id and a time for an entry the seller never sees (a moderator's internal note): the same
   * sequence and clock as the seller's events, so the desk's timeline sorts them in.
   */
  stamp(): { id: string; at: string } {
    return { id: this.eventId(), at: this.tick() };
  }

  /** Sets a ticket's status directly, for stories and tests that need a particular state. */
  setTicketStatus(ticketId: string, status: TicketStatus): void {
    this.ticketRecord(ticketId).status = status;
  }
}

/** `Omit` that keeps a union a union. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
