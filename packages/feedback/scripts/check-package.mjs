// Checks the package as a host team gets it: packs it (scripts/pack.mjs), unpacks the tarball
// into a fresh folder, and compiles a host's root config against it with TypeScript, under both
// module resolutions a host may use (bundler, and Node's own). The host's code must type-check,
// and its mistakes must not: a misspelt prop, a wrong event field, a parcel without its order.
// The packages the types name (single-spa, zod) come from this workspace, as a host's install
// would provide them. Run after `pnpm run build`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'));
const tarball = execFileSync(process.execPath, [path.join(root, 'scripts', 'pack.mjs')], {
  encoding: 'utf8',
}).trim();

const host = mkdtempSync(path.join(tmpdir(), 'seller-support-host-'));
try {
  const installed = path.join(host, 'node_modules', '@seller-support', 'feedback');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  for (const dependency of ['single-spa', 'zod']) {
    symlinkSync(
      path.join(root, 'node_modules', dependency),
      path.join(host, 'node_modules', dependency),
      'dir',
    );
  }

  writeFileSync(
    path.join(host, 'root-config.ts'),
    `import { mountRootParcel, registerApplication } from 'single-spa';
import { moduleEventName, type HostPropsInput, type ModuleEvent } from '@seller-support/feedback';
import type { ParcelPropsInput } from '@seller-support/feedback/parcel';
import { clearSellerData, watchUnreadCount } from '@seller-support/feedback/unread';
import { SellerSupportElement } from '@seller-support/feedback/element';

const onEvent = (event: ModuleEvent): void => {
  if (event.type === 'request-created') console.log(event.number.toUpperCase());
  if (event.type === 'unread-count-changed') console.log(event.count + 1);
  // @ts-expect-error: a request-created event has no count
  if (event.type === 'request-created') console.log(event.count);
};

const props = (): HostPropsInput => ({
  apiBaseUrl: '/api/seller-support/v1',
  getAccessToken: async () => 'token',
  locale: 'en',
  theme: { base: 'dark', tokens: { accent: '#7a1fa2' } },
  basePath: '/help',
  initialTopic: 'orders',
  onEvent,
});

registerApplication({
  name: '@seller-support/feedback',
  app: () => import('@seller-support/feedback'),
  activeWhen: '/help',
  customProps: props,
});

const order: ParcelPropsInput = { orderId: '5916502', topic: 'parcel_location', onClose: () => undefined };
mountRootParcel(() => import('@seller-support/feedback/parcel'), {
  domElement: document.createElement('div'),
  ...props(),
  ...order,
});

document.addEventListener(moduleEventName, () => undefined);
const stop: () => void = watchUnreadCount({
  apiBaseUrl: '/api/seller-support/v1',
  getAccessToken: () => 'token',
  onChange: (count: number) => console.log(count),
});
stop();

// A page without single-spa: the element, attributes for the simple props, properties for the rest.
const element = document.createElement('seller-support');
const typed: SellerSupportElement = element;
typed.setAttribute('api-base-url', '/api/seller-support/v1');
typed.getAccessToken = () => 'token';
typed.onEvent = onEvent;
document.body.append(typed);
// Signing out: the seller's drafts go, whichever entry it comes from.
const signedOut: Promise<void> = clearSellerData();
// @ts-expect-error: the token getter is a function, not the token
typed.getAccessToken = 'token';

// @ts-expect-error: profileURL is not a prop (profileUrl is)
const misspelt: HostPropsInput = { apiBaseUrl: '/api', getAccessToken: () => 't', profileURL: '/profile' };
// @ts-expect-error: there is no such language
const unknownLocale: HostPropsInput = { apiBaseUrl: '/api', getAccessToken: () => 't', locale: 'de' };
// @ts-expect-error: the parcel needs the order it is about
const noOrder: ParcelPropsInput = { topic: 'orders' };
// @ts-expect-error: not one of the topics
const unknownTopic: HostPropsInput = { apiBaseUrl: '/api', getAccessToken: () => 't', initialTopic: 'other' };
export { misspelt, unknownLocale, noOrder, unknownTopic, signedOut };
`,
  );

  for (const [module, moduleResolution] of [
    ['esnext', 'bundler'],
    ['nodenext', 'nodenext'],
  ]) {
    writeFileSync(
      path.join(host, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          lib: ['es2023', 'dom'],
          module,
          moduleResolution,
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          // The host's own libraries are its business; the package's types are what is checked.
          skipLibCheck: false,
          types: [],
        },
        files: ['root-config.ts'],
      }),
    );
    if (moduleResolution === 'nodenext')
      writeFileSync(path.join(host, 'package.json'), '{ "type": "module" }\n');
    try {
      execFileSync(process.execPath, [tsc, '-p', host], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      process.stderr.write(
        `A host's root config does not compile against the package (${moduleResolution}):\n`,
      );
      process.stderr.write(`${String(error.stdout ?? error)}\n`);
      process.exit(1);
    }
  }
  const { version } = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
  process.stdout.write(
    `${path.basename(tarball)}: a host's root config type-checks against ${version} (bundler, nodenext).\n`,
  );
} finally {
  rmSync(host, { recursive: true, force: true });
}
