import { describe, expect, it } from 'vitest';
import { routeFor } from './routes';

describe('routeFor', () => {
  it.each([
    ['/', 'dashboard'],
    ['/orders', 'orders'],
    ['/orders/87412-0093-1', 'orders'],
    ['/support', 'support'],
    ['/support/requests/T-000123', 'support'],
    ['/profile', 'profile'],
    ['/desk', 'desk'],
    ['/desk/tickets/T-000123', 'desk'],
    ['/desktop', 'not-found'],
    ['/supportive', 'not-found'],
    ['/nowhere', 'not-found'],
  ])('maps %s to %s', (pathname, route) => {
    expect(routeFor(pathname)).toBe(route);
  });
});
