import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildDeskOpenApiDocument } from '../src/desk/openapi';
import { buildOpenApiDocument, type OpenApiDocument } from '../src/openapi';

// Writes packages/contract/openapi.json and openapi-desk.json; the staleness tests
// (src/openapi.test.ts, src/desk/openapi.test.ts) fail until it is rerun after a contract change.
const documents: [string, () => OpenApiDocument][] = [
  ['../openapi.json', buildOpenApiDocument],
  ['../openapi-desk.json', buildDeskOpenApiDocument],
];
for (const [file, build] of documents) {
  const target = fileURLToPath(new URL(file, import.meta.url));
  await writeFile(target, `${JSON.stringify(build(), null, 2)}\n`);
  process.stdout.write(`Wrote ${target}\n`);
}
