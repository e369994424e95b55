// The root config of `pnpm bench:load`'s page: registers one application (the module or the
// floor app, named in the page's <meta name="bench-app">) at /support and starts single-spa, as the
// demo cabinet registers the module: its lifecycles through the import map, its props per mount.
import { registerApplication, start } from 'single-spa';

const config = JSON.parse(document.querySelector('meta[name="bench-app"]').content);
// The page's CSP nonce, for the module's <style> (the browser hides the attribute's value).
const nonce = document.querySelector('meta[property="csp-nonce"]')?.nonce || undefined;

registerApplication({
  name: config.specifier,
  app: () => import(config.specifier),
  activeWhen: (location) => location.pathname.startsWith('/support'),
  customProps: () => ({
    domElement: document.getElementById('outlet'),
    apiBaseUrl: config.apiBaseUrl,
    getAccessToken: () => 'demo-token',
    locale: 'ru',
    theme: 'light',
    basePath: '/support',
    profileUrl: '/profile',
    nonce,
  }),
});
start();
