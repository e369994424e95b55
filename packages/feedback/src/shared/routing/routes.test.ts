import { describe, expect, it } from 'vitest';
import { browserPathOf, createMemoryLocation, modulePathOf } from './location';
import { matchRoute, routePaths } from './routes';

describe('module paths under the base path', () => {
  it.each([
    ['/support', '', '/'],
    ['/support/', '', '/'],
    ['/support/requests', '?status=resolved', '/requests?status=resolved'],
    ['/support/requests/T-000123', '', '/requests/T-000123'],
  ])('reads %s%s as %s', (pathname, search, expected) => {
    expect(modulePathOf('/support', pathname, search)).toBe(expected);
    expect(modulePathOf('/support/', pathname, search)).toBe(expected);
  });

  it.each(['/supportive', '/orders', '/', '/sup'])('is outside the module at %s', (pathname) => {
    expect(modulePathOf('/support', pathname)).toBeNull();
  });

  it('writes module paths back under the base path, nested bases included', () => {
    expect(browserPathOf('/support', '/')).toBe('/support/');
    expect(browserPathOf('/cabinet/help/', '/requests/T-1')).toBe('/cabinet/help/requests/T-1');
    expect(modulePathOf('/cabinet/help', browserPathOf('/cabinet/help', '/requests?q=a'))).toBe(
      '/requests?q=a',
    );
  });
});

describe('matchRoute', () => {
  it('names every screen and keeps the list query', () => {
    expect(matchRoute('/')).toEqual({ name: 'ask' });
    const requests = matchRoute('/requests/?status=resolved&status=closed');
    expect(requests.name).toBe('requests');
    expect(requests.name === 'requests' && requests.params.getAll('status')).toEqual(['resolved', 'closed']);
    expect(matchRoute('/requests/T-000123')).toEqual({ name: 'request', id: 'T-000123' });
    expect(matchRoute(routePaths.request('T 1/2'))).toEqual({ name: 'request', id: 'T 1/2' });
  });

  it.each(['/requests/T-1/edit', '/nope', '/requests/%E0%A4%A'])('finds no screen at %s', (path) => {
    expect(matchRoute(path)).toEqual({ name: 'not-found' });
  });

  it('builds list paths with and without a query', () => {
    expect(routePaths.requests()).toBe('/requests');
    expect(routePaths.requests(new URLSearchParams({ q: 'возврат' }))).toBe(
      '/requests?q=%D0%B2%D0%BE%D0%B7%D0%B2%D1%80%D0%B0%D1%82',
    );
  });
});

describe('createMemoryLocation', () => {
  it('pushes and replaces entries and tells its listeners', () => {
    const location = createMemoryLocation('/');
    const seen: (string | null)[] = [];
    const stop = location.subscribe(() => seen.push(location.current()));
    location.navigate('/requests');
    location.navigate('/requests?q=a', { replace: true });
    stop();
    location.navigate('/');
    expect(seen).toEqual(['/requests', '/requests?q=a']);
    expect(location.history).toEqual(['/', '/requests?q=a', '/']);
    expect(location.href('/requests')).toBe('/support/requests');
  });
});
