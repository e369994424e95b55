/**
 * The cabinet's single-spa root config. `single-spa`, `@seller-support/feedback`,
 * `@seller-support/feedback/parcel` and `@seller-support/feedback/unread` stay bare specifiers in
 * the build: the import map that vite.config.ts writes into index.html resolves them at runtime,
 * as a production cabinet loads a separately deployed module.
 */
import './styles.css';
import type { HostPropsInput } from '@seller-support/feedback';
import { getAppStatus, MOUNTED, registerApplication, start } from 'single-spa';
import { updatableApplication } from './application-updates';
import { loadHostConfig } from './host-config';
import { recordModuleEvent } from './module-events';
import { createOrderQuestion } from './order-question';
import { fetchRecentOrders } from './orders';
import { createOrdersPage } from './orders-page';
import { createPreferenceSwitch } from './preference-switch';
import { deskBasePath, routeFor, supportBasePath } from './routes';
import {
  currentShellTexts,
  interceptShellLinks,
  renderShell,
  showStartupError,
  showSupportUnreadCount,
} from './shell';
import { demoModeratorToken, deskModuleName, loadDeskModule, type DeskModuleProps } from './desk-module';
import { createSignOut } from './sign-out';
import {
  loadClearSellerData,
  loadSupportModule,
  loadSupportParcel,
  loadUnreadWatch,
  supportModuleName,
  type SupportModuleProps,
} from './support-module';

const demoAccessToken = 'demo-token';

function requireElement(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`index.html has no #${id}`);
  return element;
}

/**
 * The nonce of this page's Content-Security-Policy, which scripts/serve.mjs writes into
 * `<meta property="csp-nonce">`; the module puts it on its `<style>`. Read from the `nonce`
 * property: the browser hides the attribute's value from the DOM.
 */
function cspNonce(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;
}

/** With mocks on, answers the module's API from a service worker (MSW) in this page. */
async function startMockApi(apiBaseUrl: string, deskBaseUrl: string, exposeForTests: boolean): Promise<void> {
  // Loaded only when asked for, so a cabinet with a real backend never downloads MSW.
  const { startMockWorker } = await import('@seller-support/mocks/browser');
  // Exposed only when the server opted in (the e2e run), so tests can make the mocks fail on purpose.
  // The desk's API over the same store: what the moderator does at /desk shows in the cabinet.
  await startMockWorker({ baseUrl: apiBaseUrl, deskBaseUrl, exposeForTests });
}

function failStartup(error: unknown): void {
  showStartupError();
  // Reported as an uncaught error, so it reaches the console and any error monitoring.
  reportError(error);
}

async function startCabinet(): Promise<void> {
  // Whatever shows the module takes a new language or scheme in place: set once it exists.
  let onPreferencesChange = (): void => undefined;
  // Before anything renders, so a reload in English paints the shell in English.
  const preferences = createPreferenceSwitch(document, { onChange: () => onPreferencesChange() });
  interceptShellLinks(document);
  renderShell(window.location.pathname);
  window.addEventListener('single-spa:routing-event', () => {
    renderShell(window.location.pathname);
  });

  const { apiBaseUrl, deskApiBaseUrl, mocks, exposeMocks } = await loadHostConfig();
  // Started once, by the first caller: the unread badge asks the API on every page.
  let apiReady: Promise<void> | undefined;
  const whenApiReady = () =>
    (apiReady ??= mocks ? startMockApi(apiBaseUrl, deskApiBaseUrl, exposeMocks) : Promise.resolve());
  const getAccessToken = () => demoAccessToken;

  /** What the cabinet tells the module wherever it mounts it: the application and the parcel alike. */
  const moduleProps = (): HostPropsInput => ({
    apiBaseUrl,
    getAccessToken,
    locale: preferences.current().locale,
    theme: preferences.current().theme,
    basePath: supportBasePath,
    profileUrl: '/profile',
    nonce: cspNonce(),
    onEvent: recordModuleEvent,
  });

  const orderQuestion = createOrderQuestion({
    outlet: requireElement('order-question-outlet'),
    loadParcel: async () => (await Promise.all([loadSupportParcel(), whenApiReady()]))[0],
    hostProps: moduleProps,
  });
  const ordersPage = createOrdersPage(document, {
    loadOrders: async (signal) => {
      await whenApiReady();
      return fetchRecentOrders({ apiBaseUrl, getAccessToken, signal });
    },
    askSupport: orderQuestion.open,
    texts: currentShellTexts,
  });
  // On entering the Orders page and on leaving it, not on every routing event.
  let onOrders = false;
  const renderOrders = () => {
    const entered = routeFor(window.location.pathname) === 'orders';
    if (entered === onOrders) return;
    onOrders = entered;
    if (entered) {
      ordersPage.show();
    } else {
      ordersPage.hide();
      orderQuestion.close();
    }
  };
  renderOrders();
  window.addEventListener('single-spa:routing-event', renderOrders);

  // "Выйти" at the end of the header: the module goes, and so does what it stored.
  const session = createSignOut({
    header: document.querySelector<HTMLElement>('.cabinet-header') ?? document.body,
    main: requireElement('main'),
    loadClearSellerData,
    onSignOut: () => {
      orderQuestion.close();
      showSupportUnreadCount(0);
    },
    onSignIn: () => {
      startUnreadBadge();
    },
  });

  const supportOutlet = requireElement('support-outlet');
  const supportProps = (): SupportModuleProps => ({ domElement: supportOutlet, ...moduleProps() });
  let refreshSupport = (): Promise<void> => Promise.resolve();
  registerApplication<SupportModuleProps>({
    name: supportModuleName,
    // The module downloads while the mock API starts; it mounts only once its API answers.
    app: async () => {
      const [lifecycles] = await Promise.all([loadSupportModule(), whenApiReady()]);
      const application = updatableApplication(lifecycles, supportProps);
      refreshSupport = application.refresh;
      return application.lifecycles;
    },
    activeWhen: (location) => session.signedIn() && routeFor(location.pathname) === 'support',
    // Read at every mount: the module comes back in the language chosen while it was away.
    customProps: () => supportProps(),
  });
  // The moderator's desk at /desk: a back-office page of its own in the same page, so that with
  // mocks both sides share one in-browser store (what the moderator does shows in the cabinet).
  const deskOutlet = requireElement('desk-outlet');
  const deskProps = (): DeskModuleProps => ({
    domElement: deskOutlet,
    apiBaseUrl: deskApiBaseUrl,
    getAccessToken: () => demoModeratorToken,
    locale: preferences.current().locale,
    theme: preferences.current().theme,
    basePath: deskBasePath,
    nonce: cspNonce(),
  });
  let refreshDesk = (): Promise<void> => Promise.resolve();
  registerApplication<DeskModuleProps>({
    name: deskModuleName,
    app: async () => {
      const [lifecycles] = await Promise.all([loadDeskModule(), whenApiReady()]);
      const application = updatableApplication(lifecycles, deskProps);
      refreshDesk = application.refresh;
      return application.lifecycles;
    },
    activeWhen: (location) => routeFor(location.pathname) === 'desk',
    customProps: () => deskProps(),
  });
  start();

  // A new language or scheme reaches the module where it is shown, without a remount.
  onPreferencesChange = () => {
    ordersPage.relabel();
    orderQuestion.update();
    refreshSupport().catch(reportError);
    refreshDesk().catch(reportError);
  };

  // The unread badge on "Support", on every page, from the module's small unread entry. While the
  // module is mounted it reports the count itself (sooner: right after the seller reads a request),
  // so the watcher's answers wait until it is gone. A badge that fails is reported, not fatal.
  // The module's clearSellerData stops the watcher at sign-out; signing in starts a new one.
  function startUnreadBadge(): void {
    Promise.all([loadUnreadWatch(), whenApiReady()])
      .then(([watchUnreadCount]) =>
        watchUnreadCount({
          apiBaseUrl,
          getAccessToken,
          onChange: (count) => {
            if (getAppStatus(supportModuleName) !== MOUNTED) showSupportUnreadCount(count);
          },
        }),
      )
      .catch(reportError);
  }
  startUnreadBadge();
}

startCabinet().catch(failStartup);
