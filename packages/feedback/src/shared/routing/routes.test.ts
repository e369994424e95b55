import fc from 'fast-check';
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
    expect(matchRoute('/').name).toBe('ask');
    // The form opened on a topic and an order, as the parcel's "full form" link opens it.
    const ask = matchRoute(routePaths.ask({ topic: 'warranty', orderId: '59165-0236-1' }));
    expect(routePaths.ask({ topic: 'warranty', orderId: '59165-0236-1' })).toBe(
      '/?topic=warranty&order=59165-0236-1',
    );
    expect(ask.name === 'ask' && [ask.params.get('topic'), ask.params.get('order')]).toEqual([
      'warranty',
      '59165-0236-1',
    ]);
    expect(routePaths.ask()).toBe('/');
    const requests = matchRoute('/requests/?status=resolved&status=closed');
    expect(requests.name).toBe('requests');
    expect(requests.name === 'requests' && requests.params.getAll('status')).toEqual(['resolved', 'closed']);
    expect(matchRoute('/requests/T-000123')).toEqual({ name: 'request', id: 'T-000123' });
    expect(matchRoute(routePaths.request('T 1/2'))).toEqual({ name: 'request', id: 'T 1/2' });
  });

  it.each([
    '..',
    '.',
    '...',
    'a/b',
    '%2F',
    '%2E%2E',
    '?x',
    '#x',
    '=..',
    '=',
    'T 1/2',
    'счёт №1',
    '../../admin',
  ])('a ticket id of %s goes to its own page and back', (id) => {
    const path = routePaths.request(id);
    expect(matchRoute(path)).toEqual({ name: 'request', id });
    // What the browser makes of the link: no dot segment resolved away, no query, no fragment.
    const url = new URL(browserPathOf('/support', path), 'https://cabinet.example');
    expect(url.search).toBe('');
    expect(url.hash).toBe('');
    expect(modulePathOf('/support', url.pathname)).toBe(path);
    expect(matchRoute(modulePathOf('/support', url.pathname) ?? '')).toEqual({ name: 'request', id });
  });

  it('round-trips any id through a real URL', () => {
    fc.assert(
      fc.property(
        fc.string({
          minLength: 1,
          maxLength: 12,
          unit: fc.constantFrom('.', '/', '%', '?', '#', '=', 'a', '2', 'F', 'E', ' ', 'ё'),
        }),
        (id) => {
          const url = new URL(browserPathOf('/support', routePaths.request(id)), 'https://cabinet.example');
          expect(matchRoute(modulePathOf('/support', url.pathname) ?? '')).toEqual({ name: 'request', id });
        },
      ),
      { numRuns: 2000 },
    );
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
