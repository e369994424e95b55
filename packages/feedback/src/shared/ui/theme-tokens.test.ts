import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  isSafeThemeTokenValue,
  themeTokenNames,
  themeTokenProperties,
  themeTokenStyle,
} from './theme-tokens';

// Read from disk: vitest's node project hands CSS imports over empty.
const tokensCss = readFileSync(
  createRequire(import.meta.url).resolve('@seller-support/ui/tokens.css'),
  'utf8',
);

describe('theme tokens', () => {
  it('each set a custom property that tokens.css declares', () => {
    for (const name of themeTokenNames) {
      expect(tokensCss).toContain(`${themeTokenProperties[name]}:`);
    }
    expect(new Set(themeTokenNames)).toEqual(new Set(Object.keys(themeTokenProperties)));
  });

  it('map to custom properties, leaving out what the host did not set', () => {
    expect(themeTokenStyle({ 'text-muted': '#666' })).toEqual({ '--ss-color-text-muted': '#666' });
  });

  it('accept colours, lengths, font stacks and variables of the host', () => {
    for (const value of [
      '#7a1fa2',
      'oklch(60% 0.15 300)',
      '0.75rem',
      'calc(4px + 0.1em)',
      '\'PT Sans\', "Segoe UI", sans-serif',
      'var(--cabinet-accent)',
    ]) {
      expect(isSafeThemeTokenValue(value)).toBe(true);
    }
  });
});
