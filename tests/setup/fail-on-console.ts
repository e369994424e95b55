import { afterEach, beforeEach, vi } from 'vitest';

// A test that logs an error or a warning has a problem nobody asserted on: fail it.
let logged: string[] = [];

beforeEach(() => {
  logged = [];
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(`console.${level}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (logged.length > 0) {
    throw new Error(`Unexpected console output:\n${logged.join('\n')}`);
  }
});
