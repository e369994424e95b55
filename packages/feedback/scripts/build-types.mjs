// The published package's types: declarations of the four entries, rolled up by API Extractor
// into dist/types/*.d.ts with the contract's types inlined, and the API reports in api/*.api.md.
// A change to the public API fails here until `pnpm run api:update` writes the new reports, so a
// changed signature is seen in review. Quiet unless something is wrong.
import { execFileSync } from 'node:child_process';
import { appendFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const update = process.argv.includes('--update');
const entries = ['entry', 'parcel', 'unread', 'element'];

rmSync(new URL('../dist/.types', import.meta.url), { recursive: true, force: true });
execFileSync(
  process.execPath,
  [fileURLToPath(import.meta.resolve('typescript/bin/tsc')), '-p', 'tsconfig.types.json'],
  {
    cwd: packageRoot,
    stdio: 'inherit',
  },
);

let failed = false;
for (const entry of entries) {
  const config = ExtractorConfig.loadFileAndPrepare(
    fileURLToPath(new URL(`../api/${entry}.api-extractor.json`, import.meta.url)),
  );
  const result = Extractor.invoke(config, {
    localBuild: update,
    showVerboseMessages: false,
    messageCallback: (message) => {
      // The banner and "analysis will use…" are information, not news.
      if (message.logLevel === 'info' || message.logLevel === 'verbose') message.handled = true;
    },
  });
  if (!result.succeeded) {
    failed = true;
    if (result.apiReportChanged && !update) {
      process.stderr.write(
        `The public API of ${entry} changed: review it, then run \`pnpm run api:update\`.\n`,
      );
    }
  }
}
rmSync(new URL('../dist/.types', import.meta.url), { recursive: true, force: true });
if (failed) process.exit(1);

// API Extractor leaves out global augmentations: without this one, a host's
// `document.createElement('seller-support')` would be a plain HTMLElement.
appendFileSync(
  new URL('../dist/types/seller-support-element.d.ts', import.meta.url),
  `
declare global {
    interface HTMLElementTagNameMap {
        'seller-support': SellerSupportElement;
    }
}
`,
);
