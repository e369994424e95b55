/**
 * The cabinet's single-spa root config. `single-spa` and `@seller-support/feedback` stay
 * bare specifiers in the build: the import map that vite.config.ts writes into index.html
 * resolves them at runtime, as a production cabinet loads a separately deployed module.
 */
import './styles.css';
import { registerApplication, start } from 'single-spa';
import { loadHostConfig } from './host-config';
import { recordModuleEvent } from './module-events';
import { supportBasePath } from './routes';
import { interceptShellLinks, renderShell, showStartupError } from './shell';
import { loadSupportModule, supportModuleName, type SupportModuleProps } from './support-module';

const demoAccessToken = 'demo-token';

function requireElement(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`index.html has no #${id}`);
  return element;
}

/** With mocks on, answers the module's API from a service worker (MSW) in this page. */
async function startMockApi(apiBaseUrl: string, exposeForTests: boolean): Promise<void> {
  // Loaded only when asked for, so a cabinet with a real backend never downloads MSW.
  const { startMockWorker } = await import('@seller-support/mocks/browser');
  // Exposed only when the server opted in (the e2e run), so tests can make the mocks fail on purpose.
  await startMockWorker({ baseUrl: apiBaseUrl, exposeForTests });
}

function failStartup(error: unknown): void {
  showStartupError();
  // Reported as an uncaught error, so it reaches the console and any error monitoring.
  reportError(error);
}

async function startCabinet(): Promise<void> {
  interceptShellLinks(document);
  renderShell(window.location.pathname);
  window.addEventListener('single-spa:routing-event', () => {
    renderShell(window.location.pathname);
  });

  const { apiBaseUrl, mocks, exposeMocks } = await loadHostConfig();
  // Only the module calls the API, so the mock API starts on its first visit, not before:
  // the cabinet's own pages never download MSW.
  let apiReady: Promise<void> | undefined;
  const whenApiReady = () => (apiReady ??= mocks ? startMockApi(apiBaseUrl, exposeMocks) : Promise.resolve());

  registerApplication<SupportModuleProps>({
    name: supportModuleName,
    // The module downloads while the mock API starts; it mounts only once its API answers.
    app: async () => {
      const [lifecycles] = await Promise.all([loadSupportModule(), whenApiReady()]);
      return lifecycles;
    },
    activeWhen: [supportBasePath],
    customProps: {
      domElement: requireElement('support-outlet'),
      apiBaseUrl,
      getAccessToken: () => demoAccessToken,
      locale: 'ru',
      basePath: supportBasePath,
      profileUrl: '/profile',
      onEvent: recordModuleEvent,
    },
  });
  start();
}

startCabinet().catch(failStartup);
