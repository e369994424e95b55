import type { ReceivedTicket } from '@seller-support/contract';

const dayMs = 24 * 60 * 60 * 1000;

export interface ReopenWindow {
  /** When the request was resolved: its latest `resolved` event (or its last update, without events). */
  resolvedAt: Date;
  /** The last moment the request may be reopened. */
  until: Date;
  open: boolean;
}

/** The latest resolution of the request: a request resolved, reopened and resolved again counts from the last. */
export function resolvedAt(ticket: ReceivedTicket): Date {
  let latest: number | null = null;
  for (const event of ticket.events ?? []) {
    if (event.kind !== 'resolved') continue;
    const at = Date.parse(event.at);
    if (!Number.isNaN(at) && (latest === null || at > latest)) latest = at;
  }
  return new Date(latest ?? Date.parse(ticket.updatedAt));
}

/**
 * Whether a resolved request may still be reopened: within the policy's `reopenWithinDays`, counted
 * from the resolution, as the server counts it (at exactly the limit it still may).
 */
export function reopenWindow(ticket: ReceivedTicket, reopenWithinDays: number, now: Date): ReopenWindow {
  const from = resolvedAt(ticket);
  const until = new Date(from.getTime() + reopenWithinDays * dayMs);
  return {
    resolvedAt: from,
    until,
    open: ticket.status === 'resolved' && reopenWithinDays > 0 && now.getTime() <= until.getTime(),
  };
}
