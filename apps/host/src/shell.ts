import { navigateToUrl } from 'single-spa';
import { routeFor, routeTitles } from './routes';

const cabinetName = 'Кабинет продавца';

// `null` hides every shell page: the support module owns the main area then.
function showPage(page: string | null, title: string): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-route]')) {
    section.hidden = section.dataset['route'] !== page;
  }
  document.title = `${title} — ${cabinetName}`;
}

/** Shows the shell page for the current URL and marks the matching navigation link. */
export function renderShell(pathname: string): void {
  const route = routeFor(pathname);
  showPage(route === 'support' ? null : route, routeTitles[route]);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.cabinet-nav a')) {
    if (routeFor(link.pathname) === route) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

export function showStartupError(): void {
  showPage('startup-error', 'Ошибка загрузки');
}

function isPlainLeftClick(event: MouseEvent): boolean {
  return (
    event.button === 0 &&
    !event.defaultPrevented &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey
  );
}

/**
 * Shell links change the URL through single-spa instead of reloading the page, so the
 * module mounts and unmounts in place. Modified clicks (new tab, new window) stay native.
 */
export function interceptShellLinks(root: Document): void {
  root.addEventListener('click', (event) => {
    if (!isPlainLeftClick(event) || !(event.target instanceof Element)) return;
    const link = event.target.closest<HTMLAnchorElement>('a[data-shell-link]');
    if (link === null || link.origin !== window.location.origin) return;
    event.preventDefault();
    navigateToUrl(link.href);
  });
}
