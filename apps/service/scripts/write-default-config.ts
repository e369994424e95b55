// Writes config/support.json, the service's default policy and help articles, from the mocks'
// factories: `pnpm --filter @seller-support/service config:default`. A test keeps it current.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serviceRoot } from '../src/config';
import { defaultSupportConfig } from '../src/support/support-config';

const file = path.join(serviceRoot, 'config', 'support.json');
await writeFile(file, `${JSON.stringify(defaultSupportConfig(), null, 2)}\n`);
process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
