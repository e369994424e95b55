/** Within this long of a report, another refused request is part of the same burst. */
export const sessionExpiryQuietMs = 5_000;

export interface SessionExpiryOptions {
  /** Tells the host, once per burst of refused requests. */
  onExpired: () => void;
  quietMs?: number;
  now?: () => number;
}

export interface SessionExpiry {
  /** A request was refused even with a freshly asked-for token. */
  refused: () => void;
  /** A request went through: the session works (again). */
  succeeded: () => void;
}

/**
 * Turns the module's refused requests into one "session expired" per burst. When a token
 * expires, every query on screen fails at once; the host should hear about it once, not once
 * per query. It hears again only after a request has succeeded since (the session came back
 * and was lost anew), and not within {@link sessionExpiryQuietMs} of the last report, so a
 * session that flaps does not flood the host either.
 */
export function createSessionExpiry({
  onExpired,
  quietMs = sessionExpiryQuietMs,
  now = Date.now,
}: SessionExpiryOptions): SessionExpiry {
  let reportedAt: number | null = null;
  let succeededSince = true;
  return {
    refused: () => {
      const time = now();
      if (!succeededSince || (reportedAt !== null && time - reportedAt < quietMs)) return;
      reportedAt = time;
      succeededSince = false;
      onExpired();
    },
    succeeded: () => {
      succeededSince = true;
    },
  };
}
