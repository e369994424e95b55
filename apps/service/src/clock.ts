/** The service's one source of time; tests pass a clock pinned to the mocks' `defaultNow`. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/**
 * A clock that starts at `startIso` and moves on with real time (so timeouts and ordering still
 * work), for tests that must not depend on today's date.
 */
export function clockFrom(startIso: string): Clock {
  const offset = Date.parse(startIso) - Date.now();
  return () => new Date(Date.now() + offset);
}
