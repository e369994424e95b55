import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Read from disk: vitest's node project hands CSS imports over empty.
const sourceRoot = fileURLToPath(new URL('..', import.meta.url));
const stylesheets = readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.css'))
  .map((path) => ({ path, css: readFileSync(join(sourceRoot, path), 'utf8') }));

describe("the module's stylesheets", () => {
  it('are found', () => {
    expect(stylesheets.map(({ path }) => path)).toContain(join('shared', 'ui', 'base.css'));
  });

  it('write container queries in em: a rem there would be the host page root font size', () => {
    const inRem = stylesheets.flatMap(({ path, css }) =>
      css
        .split('\n')
        .filter((line) => line.trimStart().startsWith('@container') && /\drem\b/.test(line))
        .map((line) => `${path}: ${line.trim()}`),
    );
    expect(inRem).toEqual([]);
  });
});
