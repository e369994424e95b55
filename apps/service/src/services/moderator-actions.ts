import type { TicketEvent } from '@seller-support/contract';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock';
import { notFound } from '../http/problem';
import type { Database } from '../store/schema';
import { isoTimestamp } from '../store/sql';
import type { NewEvent, TicketChanges, TicketStore } from '../store/tickets';

/**
 * What a moderator does to a ticket, as the desk's API will (the next step builds its routes on
 * this): each action adds an event the seller sees as unread, and may move the ticket on. Used
 * today by the conformance suite's moderator driver and by tests.
 */
export class ModeratorActions {
  readonly #db: Kysely<Database>;
  readonly #tickets: TicketStore;
  readonly #clock: Clock;

  constructor(db: Kysely<Database>, tickets: TicketStore, clock: Clock) {
    this.#db = db;
    this.#tickets = tickets;
    this.#clock = clock;
  }

  /** Adds a moderator's event; `internal` notes are for the desk only and change nothing for the seller. */
  async addEvent(
    ticketId: string,
    event: NewEvent,
    changes: TicketChanges = {},
    internal = false,
  ): Promise<TicketEvent> {
    return this.#db.transaction().execute(async (tx) => {
      const ticket = await this.#tickets.find(tx, null, ticketId, true);
      if (ticket === undefined) throw notFound(`request ${ticketId}`);
      return this.#tickets.addEvent(
        tx,
        ticketId,
        event,
        isoTimestamp(this.#clock()),
        { ...changes, unreadIncrement: internal ? 0 : 1 },
        internal,
      );
    });
  }
}
