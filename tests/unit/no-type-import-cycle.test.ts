import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { noTypeImportCycle } from '../../scripts/eslint/no-type-import-cycle.js';

const dir = mkdtempSync(path.join(tmpdir(), 'type-import-cycle-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const files: Record<string, string> = {
  // A cycle of types only, like shared/i18n/messages.ts ↔ the namespaces it assembled.
  'type-a.ts': "import type { B } from './type-b';\nexport type A = B[];\n",
  'type-b.ts': "import type { A } from './type-a';\nexport type B = A | number;\n",
  // A value import one way, a type re-export (inline `type`) back.
  'mixed-a.ts': "import { b } from './mixed-b';\nexport type Row = { id: string };\nexport const a = b;\n",
  'mixed-b.ts': "export { type Row } from './mixed-a';\nexport const b = 1;\n",
  // A cycle of value imports: import-x/no-cycle's to report, not this rule's.
  'value-a.ts': "import { b } from './value-b';\nexport const a = (): number => b();\n",
  'value-b.ts': "import { a } from './value-a';\nexport const b = (): number => a();\n",
  // No cycle: a type import one way only.
  'leaf.ts': 'export type Leaf = string;\n',
  'user.ts': "import type { Leaf } from './leaf';\nexport const leaf: Leaf = 'x';\n",
};
for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);

const linter = new Linter({ cwd: dir });
const config: Linter.Config[] = [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { local: { rules: { 'no-type-import-cycle': noTypeImportCycle } } },
    rules: { 'local/no-type-import-cycle': 'error' },
  },
];

function lint(name: string): string[] {
  const filename = path.join(dir, name);
  return linter.verify(files[name]!, config, { filename }).map((message) => message.message);
}

describe('no-type-import-cycle', () => {
  it('reports a cycle of type-only imports on both sides, with its route', () => {
    expect(lint('type-a.ts')).toEqual([
      'Import cycle through a type-only import: type-a.ts → type-b.ts → type-a.ts',
    ]);
    expect(lint('type-b.ts')).toEqual([
      'Import cycle through a type-only import: type-b.ts → type-a.ts → type-b.ts',
    ]);
  });

  it('reports a cycle that a type-only re-export closes, from the value side too', () => {
    expect(lint('mixed-a.ts')).toEqual([
      'Import cycle through a type-only import: mixed-a.ts → mixed-b.ts → mixed-a.ts',
    ]);
    expect(lint('mixed-b.ts')).toHaveLength(1);
  });

  it('leaves cycles of value imports to import-x/no-cycle, and files without a cycle alone', () => {
    expect(lint('value-a.ts')).toEqual([]);
    expect(lint('value-b.ts')).toEqual([]);
    expect(lint('user.ts')).toEqual([]);
    expect(lint('leaf.ts')).toEqual([]);
  });
});
