/**
 * Standalone harness: runs the module the way a host does (bootstrap → mount → update → unmount
 * with real props) against the shared MSW mocks, without the demo cabinet.
 */
import { startMockWorker } from '@seller-support/mocks/browser';
import { bootstrap, mount, unmount, update } from '../src/entry';
import { moduleEventName, type HostPropsInput, type ModuleEvent } from '../src/index';

const apiBaseUrl = '/api/seller-support/v1';

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`index.html lacks #${id}`);
  return found;
}

const domElement = element('module', HTMLElement);
const localeSelect = element('locale', HTMLSelectElement);
const themeSelect = element('theme', HTMLSelectElement);
const remountButton = element('remount', HTMLButtonElement);
const eventsOutput = element('events', HTMLOutputElement);

function showEvent(source: string, detail: unknown) {
  eventsOutput.value = `${new Date().toLocaleTimeString()} ${source}: ${JSON.stringify(detail)}`;
}

document.addEventListener(moduleEventName, (event) => {
  if (event instanceof CustomEvent) showEvent('DOM event', event.detail);
});

function props() {
  const hostProps: HostPropsInput = {
    apiBaseUrl,
    getAccessToken: () => 'demo-token',
    onSessionExpired: () => showEvent('onSessionExpired', 'called'),
    onEvent: (event: ModuleEvent) => showEvent('onEvent', event),
    profileUrl: '/cabinet/profile',
    // The harness page is the module's whole site: its screens at /, /requests, /requests/:id.
    basePath: '/',
    locale: localeSelect.value === 'en' ? 'en' : 'ru',
    theme: themeSelect.value === 'dark' ? 'dark' : 'light',
  };
  return {
    ...hostProps,
    name: '@seller-support/feedback',
    singleSpa: undefined,
    mountParcel: () => {
      throw new Error('Parcels are not available in the standalone harness.');
    },
    domElement,
  };
}

let mounted = false;

async function start() {
  await startMockWorker({ baseUrl: apiBaseUrl });
  await bootstrap(props());
  await mount(props());
  mounted = true;
}

localeSelect.addEventListener('change', () => void update(props()));
themeSelect.addEventListener('change', () => void update(props()));
remountButton.addEventListener('click', () => {
  void (mounted ? unmount(props()) : mount(props())).then(() => {
    mounted = !mounted;
  });
});

void start();
