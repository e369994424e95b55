import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Read from disk: vitest's node project hands CSS imports over empty.
const sourceRoot = fileURLToPath(new URL('..', import.meta.url));
// The shared UI package's stylesheets (tokens, the context snapshot card) are the module's too.
const require = createRequire(import.meta.url);
const sharedUiRoot = dirname(require.resolve('@seller-support/ui/tokens.css'));
const cssUnder = (root: string) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.css'))
    .map((path) => relative(sourceRoot, join(root, path)));
const stylesheets = [...cssUnder(sourceRoot), ...cssUnder(sharedUiRoot)].map((path) => ({
  path,
  css: readFileSync(join(sourceRoot, path), 'utf8'),
}));

describe("the module's stylesheets", () => {
  it('are found', () => {
    const paths = stylesheets.map(({ path }) => path);
    expect(paths).toContain(join('shared', 'ui', 'base.css'));
    expect(paths).toContain(relative(sourceRoot, join(sharedUiRoot, 'tokens.css')));
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

/** The stylesheets a module imports (`… from '….css?inline'`), as paths from the source root. */
function sheetsImportedBy(path: string): string[] {
  const source = readFileSync(join(sourceRoot, path), 'utf8');
  return [...source.matchAll(/from '([^']+\.css)\?inline'/g)].flatMap(([, specifier]) => {
    if (specifier === undefined) return [];
    const file = specifier.startsWith('.')
      ? resolve(sourceRoot, dirname(path), specifier)
      : require.resolve(specifier);
    return [relative(sourceRoot, file)];
  });
}

describe('who brings which stylesheet', () => {
  const screens = readdirSync(join(sourceRoot, 'app', 'screens')).map((name) => join('app', 'screens', name));
  const brought = new Set([join('app', 'styles.ts'), ...screens].flatMap(sheetsImportedBy));

  it('every stylesheet comes with the frame or a screen', () => {
    expect(stylesheets.map(({ path }) => path).filter((path) => !brought.has(path))).toEqual([]);
  });

  it('the whole module’s stylesheet, for tests and stories, has every one', () => {
    const all = new Set(sheetsImportedBy(join('app', 'all-styles.ts')));
    expect(stylesheets.map(({ path }) => path).filter((path) => !all.has(path))).toEqual([]);
    expect(screens.map((path) => basename(path))).toContain('support-page.ts');
  });
});
