import { vi } from 'vitest';

/**
 * Takes console output of one level over from the test setup (which fails a test that logs it),
 * for a test whose point is that message: the returned spy is what the test asserts on.
 */
export function expectConsole(level: 'error' | 'warn') {
  return vi.spyOn(console, level).mockImplementation(() => undefined);
}

/** Every message logged at that level, as one string per call. */
export function loggedMessages(spy: ReturnType<typeof expectConsole>): string[] {
  return spy.mock.calls.map((args) => args.map(String).join(' '));
}
