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

const unreadPlurals = new Intl.PluralRules('ru');

/** The accessible name of the "Поддержка" link: "Поддержка, 2 непрочитанных" when there is news. */
export function supportLinkLabel(unread: number): string {
  if (unread <= 0) return routeTitles.support;
  const adjective = unreadPlurals.select(unread) === 'one' ? 'непрочитанное' : 'непрочитанных';
  return `${routeTitles.support}, ${unread} ${adjective}`;
}

/** What the badge shows: the count, capped so it stays a badge. */
export function unreadBadgeText(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}

/**
 * Shows on the navigation's "Поддержка" link how many of the seller's requests have news, as the
 * support module reports it (`unread-count-changed`); 0 takes the badge away. The badge itself is
 * hidden from assistive technology: the link's name says the number in words instead.
 */
export function showSupportUnreadCount(unread: number, root: ParentNode = document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('.cabinet-nav a')) {
    if (routeFor(link.pathname) !== 'support') continue;
    let badge = link.querySelector<HTMLElement>('.cabinet-nav__badge');
    if (unread <= 0) {
      badge?.remove();
      link.removeAttribute('aria-label');
      continue;
    }
    if (badge === null) {
      badge = link.ownerDocument.createElement('span');
      badge.className = 'cabinet-nav__badge';
      badge.setAttribute('aria-hidden', 'true');
      link.append(badge);
    }
    badge.textContent = unreadBadgeText(unread);
    link.setAttribute('aria-label', supportLinkLabel(unread));
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
