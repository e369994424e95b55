import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';

/** The desk's pages under its base path: the queue at the base, a request at `/tickets/{id}`. */
export type DeskRoute = { page: 'queue' } | { page: 'ticket'; id: string } | { page: 'not-found' };

export function routeOf(basePath: string, pathname: string): DeskRoute {
  if (pathname === basePath || pathname === `${basePath}/`) return { page: 'queue' };
  if (!pathname.startsWith(`${basePath}/`)) return { page: 'not-found' };
  const match = /^tickets\/([^/]+)\/?$/.exec(pathname.slice(basePath.length + 1));
  if (match?.[1] === undefined) return { page: 'not-found' };
  try {
    return { page: 'ticket', id: decodeURIComponent(match[1]) };
  } catch {
    return { page: 'not-found' };
  }
}

export function hrefOf(basePath: string, route: DeskRoute): string {
  return route.page === 'ticket' ? `${basePath}/tickets/${encodeURIComponent(route.id)}` : basePath;
}

interface DeskRouter {
  route: DeskRoute;
  href: (route: DeskRoute) => string;
  navigate: (route: DeskRoute) => void;
  /** How many navigations inside the desk there were, and the last one a heading took the focus for. */
  arrivals: { navigations: number; focusedRef: RefObject<number> };
}

const RouterContext = createContext<DeskRouter | null>(null);

/**
 * The desk's routes on the page's own history: a link is a real `<a href>` (open in a new tab
 * works), a click pushes the state, back and forward come as `popstate` (single-spa sends one for
 * its own navigations too).
 */
export function DeskRouterProvider({ basePath, children }: { basePath: string; children: ReactNode }) {
  const [pathname, setPathname] = useState(() => window.location.pathname);
  const [navigations, setNavigations] = useState(0);
  const focusedRef = useRef(0);
  useEffect(() => {
    const onPop = () => {
      setPathname(window.location.pathname);
      setNavigations((count) => count + 1);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const href = useCallback((route: DeskRoute) => hrefOf(basePath, route), [basePath]);
  const navigate = useCallback(
    (route: DeskRoute) => {
      const next = hrefOf(basePath, route);
      if (next !== window.location.pathname) window.history.pushState(null, '', next);
      setPathname(next);
      setNavigations((count) => count + 1);
    },
    [basePath],
  );
  const value = useMemo(
    () => ({ route: routeOf(basePath, pathname), href, navigate, arrivals: { navigations, focusedRef } }),
    [basePath, pathname, href, navigate, navigations],
  );
  return <RouterContext value={value}>{children}</RouterContext>;
}

export function useDeskRouter(): DeskRouter {
  const router = use(RouterContext);
  if (router === null) throw new Error('useDeskRouter needs a DeskRouterProvider above it');
  return router;
}

/**
 * For a page's `<h1 tabIndex={-1}>`: after a navigation inside the desk the focus goes to the new
 * page's heading once it shows (a request's comes with its data), so a keyboard or screen reader
 * user starts where the page starts. Not on the first render: the back office's page load owns it.
 */
export function usePageHeadingFocus(): (element: HTMLElement | null) => void {
  const { arrivals } = useDeskRouter();
  const { navigations, focusedRef } = arrivals;
  return useCallback(
    (element: HTMLElement | null) => {
      if (element === null || navigations === 0 || focusedRef.current === navigations) return;
      focusedRef.current = navigations;
      element.focus();
    },
    [navigations, focusedRef],
  );
}

/** A link inside the desk: a plain click navigates in place, a modified one is the browser's. */
export function DeskLink({
  to,
  className,
  children,
}: {
  to: DeskRoute;
  className?: string | undefined;
  children: ReactNode;
}) {
  const { href, navigate } = useDeskRouter();
  return (
    <a
      href={href(to)}
      className={className}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
