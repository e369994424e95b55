import { describe, expect, it } from 'vitest';
import { hrefOf, routeOf } from './desk-routes';

describe("the desk's routes", () => {
  it('reads the queue and a request under the base path', () => {
    expect(routeOf('/desk', '/desk')).toEqual({ page: 'queue' });
    expect(routeOf('/desk', '/desk/')).toEqual({ page: 'queue' });
    expect(routeOf('/desk', '/desk/tickets/T-000123')).toEqual({ page: 'ticket', id: 'T-000123' });
    expect(routeOf('/desk', '/desk/other')).toEqual({ page: 'not-found' });
    expect(routeOf('/desk', '/desktop')).toEqual({ page: 'not-found' });
  });

  it('writes the links it reads', () => {
    const route = { page: 'ticket', id: 'T 1/2' } as const;
    expect(routeOf('/desk', hrefOf('/desk', route))).toEqual(route);
  });
});
