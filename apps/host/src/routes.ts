/** The sections of the cabinet. `support` belongs to the module; the rest are the shell's own pages. */
/** `desk` is the moderator's desk, a back-office page of its own that the demo serves beside the cabinet. */
export type CabinetRoute = 'dashboard' | 'orders' | 'support' | 'profile' | 'desk' | 'not-found';

export const supportBasePath = '/support';

/** Where the moderator's desk lives: in the same page, so that with mocks both sides share one store. */
export const deskBasePath = '/desk';

function isUnder(pathname: string, base: string): boolean {
  return pathname === base || pathname.startsWith(`${base}/`);
}

export function routeFor(pathname: string): CabinetRoute {
  if (pathname === '/') return 'dashboard';
  if (isUnder(pathname, '/orders')) return 'orders';
  if (isUnder(pathname, supportBasePath)) return 'support';
  if (isUnder(pathname, '/profile')) return 'profile';
  if (isUnder(pathname, deskBasePath)) return 'desk';
  return 'not-found';
}
