import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The seller's module carries the seller's contract only: the desk's schemas and client would add
// to its bundle for nothing. Neither its sources nor the contract's seller entry may reach them.
const root = fileURLToPath(new URL('../../../../', import.meta.url));

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const importsDesk = /from\s+['"](@seller-support\/contract\/desk|[./]*desk(\/[\w-]+)?)['"]/;

describe('the desk contract', () => {
  it('is imported by no file of the seller’s module', () => {
    const offenders = sources(join(root, 'packages/feedback/src')).filter((file) =>
      /@seller-support\/contract\/desk/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('is reached by no module of the contract outside src/desk (but the document script)', () => {
    const contract = join(root, 'packages/contract/src');
    const offenders = sources(contract)
      .filter((file) => !file.startsWith(join(contract, 'desk')))
      // A test is never bundled: the live client's tests read the desk's stream with the desk's schema.
      .filter((file) => !/\.test\.tsx?$/.test(file))
      .filter((file) => importsDesk.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
