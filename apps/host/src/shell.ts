import { navigateToUrl } from 'single-spa';
import type { CabinetLocale } from './preferences';
import { routeFor } from './routes';
import { shellText, shellTexts, type ShellTexts } from './shell-texts';

// The shell is one page: its language is the page's, set by the header's switch.
let language: CabinetLocale = 'ru';
// The latest count the module or the watcher reported, so a new language can say it again.
let lastUnread = 0;
// Once the cabinet failed to start, its error page stays whatever the URL or the language.
let startupFailed = false;

/** The texts of the shell's current language. */
export function currentShellTexts(): ShellTexts {
  return shellTexts[language];
}

// `null` hides every shell page: the support module owns the main area then.
function showPage(page: string | null, title: string): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-route]')) {
    section.hidden = section.dataset['route'] !== page;
  }
  document.title = `${title} — ${currentShellTexts().cabinetName}`;
}

/** Shows the shell page for the current URL and marks the matching navigation link. */
export function renderShell(pathname: string): void {
  if (startupFailed) {
    showPage('startup-error', currentShellTexts().startupErrorTitle);
    return;
  }
  const route = routeFor(pathname);
  const texts = currentShellTexts();
  // The desk is a back-office page of its own: its shell (title, who is signed in) instead of the
  // cabinet's name and navigation, the desk application in the main area.
  const desk = route === 'desk';
  document.body.dataset['area'] = desk ? 'desk' : 'cabinet';
  for (const element of document.querySelectorAll<HTMLElement>('[data-area-only]')) {
    element.hidden = element.dataset['areaOnly'] !== document.body.dataset['area'];
  }
  if (desk) {
    showPage(null, texts.routes.desk);
    document.title = texts.routes.desk;
    return;
  }
  showPage(route === 'support' ? null : route, texts.routes[route]);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.cabinet-nav a')) {
    if (routeFor(link.pathname) === route) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

/** The accessible name of the "Поддержка" link: "Поддержка, 2 непрочитанных" when there is news. */
export function supportLinkLabel(unread: number, texts: ShellTexts = shellTexts.ru): string {
  if (unread <= 0) return texts.routes.support;
  return texts.unreadLabel(texts.routes.support, unread);
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
  lastUnread = unread;
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
    link.setAttribute('aria-label', supportLinkLabel(unread, currentShellTexts()));
  }
}

export function showStartupError(): void {
  startupFailed = true;
  showPage('startup-error', currentShellTexts().startupErrorTitle);
}

/**
 * Puts the shell in another language: the page's `lang`, every text index.html marks with
 * `data-text`/`data-label`, the title and the unread link's name. The module gets the language
 * through its props; this is only the cabinet around it.
 */
export function setShellLanguage(locale: CabinetLocale, root: Document = document): void {
  language = locale;
  const texts = currentShellTexts();
  root.documentElement.lang = locale;
  for (const element of root.querySelectorAll<HTMLElement>('[data-text]')) {
    const text = shellText(texts, element.dataset['text'] ?? '');
    if (text !== undefined) element.textContent = text;
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-label]')) {
    const text = shellText(texts, element.dataset['label'] ?? '');
    if (text !== undefined) element.setAttribute('aria-label', text);
  }
  showSupportUnreadCount(lastUnread, root);
  renderShell(root.location.pathname);
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
