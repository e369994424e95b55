// A host's root config written from the README alone, in plain JavaScript with no bundler: the
// application at /help, the "ask about this order" parcel from a button, the unread watcher in the
// navigation. Everything the module reports is kept on `window.moduleEvents` for the journey.
import { mountRootParcel, navigateToUrl, registerApplication, start } from 'single-spa';

const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
const apiBaseUrl = meta('support-api');
const orderId = meta('latest-order');
const nonce = document.querySelector('meta[property="csp-nonce"]')?.nonce;

window.moduleEvents = [];
const hostProps = () => ({
  apiBaseUrl,
  getAccessToken: async () => 'minimal-cabinet-token',
  locale: 'en',
  nonce,
  basePath: '/help',
  onEvent: (event) => window.moduleEvents.push(event),
});

for (const link of document.querySelectorAll('a[data-route]')) link.addEventListener('click', navigateToUrl);

registerApplication({
  name: '@seller-support/feedback',
  app: () => import('@seller-support/feedback'),
  activeWhen: ['/help'],
  customProps: () => ({ domElement: document.getElementById('help-outlet'), ...hostProps() }),
});

document.getElementById('ask-about-order').addEventListener('click', () => {
  const parcel = mountRootParcel(() => import('@seller-support/feedback/parcel'), {
    domElement: document.getElementById('parcel-outlet'),
    ...hostProps(),
    orderId,
    onClose: () => void parcel.unmount(),
  });
});

start();

const { watchUnreadCount } = await import('@seller-support/feedback/unread');
watchUnreadCount({
  apiBaseUrl,
  getAccessToken: async () => 'minimal-cabinet-token',
  onChange: (count) => {
    document.getElementById('unread-badge').textContent = count > 0 ? String(count) : '';
  },
});
