import {
  createContext,
  use,
  useCallback,
  useEffect,
  useRef,
  useMemo,
  useState,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type HTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { ModuleLocation } from './location';
import { matchRoute, type ModuleRoute } from './routes';

interface RouterValue {
  location: ModuleLocation;
  path: string | null;
  /** Whether the path changed since the module mounted: screens then take the focus. */
  navigated: boolean;
}

const RouterContext = createContext<RouterValue | null>(null);

/** Gives the screens below the module's location: the address bar, or memory (parcel, stories). */
export function RouterProvider({ location, children }: { location: ModuleLocation; children: ReactNode }) {
  const path = useSyncExternalStore(location.subscribe, location.current, location.current);
  const [navigated, setNavigated] = useState(false);
  useEffect(() => location.subscribe(() => setNavigated(true)), [location]);
  const value = useMemo(() => ({ location, path, navigated }), [location, path, navigated]);
  return <RouterContext value={value}>{children}</RouterContext>;
}

function useRouter(): RouterValue {
  const router = use(RouterContext);
  if (router === null) throw new Error('Module routing needs a <RouterProvider> above it.');
  return router;
}

/** The current module path with its query, or null when the address is outside the module. */
export function useModulePath(): string | null {
  return useRouter().path;
}

/** The current screen. */
export function useRoute(): ModuleRoute | null {
  const { path } = useRouter();
  return useMemo(() => (path === null ? null : matchRoute(path)), [path]);
}

export type Navigate = (to: string, options?: { replace?: boolean }) => void;

export function useNavigate(): Navigate {
  const { location } = useRouter();
  return useCallback<Navigate>((to, options) => location.navigate(to, options), [location]);
}

/** The href of a module path, for links that must also work in a new tab. */
export function useHref(to: string): string {
  return useRouter().location.href(to);
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** A module path: `/requests`, `/requests/T-000123`. */
  to: string;
  replace?: boolean;
}

const isPlainClick = (event: MouseEvent<HTMLAnchorElement>) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * A real link (it opens in a new tab, copies, and reads as a link) that moves inside the module
 * without reloading the host's page.
 */
export function Link({ to, replace, onClick, target, children, ...rest }: LinkProps) {
  const { location } = useRouter();
  return (
    <a
      {...rest}
      href={location.href(to)}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainClick(event) || (target !== undefined && target !== '_self')) {
          return;
        }
        event.preventDefault();
        location.navigate(to, replace === undefined ? undefined : { replace });
      }}
    >
      {children}
    </a>
  );
}

export type PageHeadingProps = Omit<HTMLAttributes<HTMLHeadingElement>, 'tabIndex'>;

/**
 * A screen's `<h1>`. When the seller got to the screen by navigating inside the module, the
 * heading takes the focus, so keyboard and screen reader users land on the new screen instead
 * of on a link that is gone; on first load the focus stays where the host left it.
 */
export function PageHeading({ children, ...rest }: PageHeadingProps) {
  // Outside a router (a screen in a story) there is no navigation to follow.
  const navigated = use(RouterContext)?.navigated ?? false;
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (navigated) ref.current?.focus({ preventScroll: false });
    // Only when the screen appears: a query change on the same screen keeps the focus where it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} {...rest}>
      {children}
    </h1>
  );
}
