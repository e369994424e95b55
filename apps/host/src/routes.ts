/** The sections of the cabinet. `support` belongs to the module; the rest are the shell's own pages. */
export type CabinetRoute = 'dashboard' | 'orders' | 'support' | 'profile' | 'not-found';

export const supportBasePath = '/support';

function isUnder(pathname: string, base: string): boolean {
  return pathname === base || pathname.startsWith(`${base}/`);
}

export function routeFor(pathname: string): CabinetRoute {
  if (pathname === '/') return 'dashboard';
  if (isUnder(pathname, '/orders')) return 'orders';
  if (isUnder(pathname, supportBasePath)) return 'support';
  if (isUnder(pathname, '/profile')) return 'profile';
  return 'not-found';
}
