import { describe, expect, it } from 'vitest';
import { matchRoute, routePaths } from '../../../shared/routing/routes';
import { filtersFromParams, hasActiveFilters, paramsFromFilters } from './list-filters-params';

describe('the list filters in the address', () => {
  it('reads repeated statuses and topics and the search from a deep link', () => {
    const route = matchRoute('/requests?status=resolved&status=new&topic=orders&q=%20возврат%20&page=2');
    if (route.name !== 'requests') throw new Error('not the list route');
    expect(filtersFromParams(route.params)).toEqual({
      status: ['new', 'resolved'],
      topic: ['orders'],
      query: 'возврат',
    });
  });

  it('ignores values it does not know rather than failing', () => {
    expect(filtersFromParams(new URLSearchParams('status=lost&topic=refunds&q='))).toEqual({
      status: [],
      topic: [],
      query: '',
    });
  });

  it('writes one spelling that reads back the same', () => {
    const path = routePaths.requests(
      paramsFromFilters({ status: ['closed', 'new'], topic: ['warranty'], query: 'чайник ' }),
    );
    expect(decodeURIComponent(path)).toBe('/requests?status=new&status=closed&topic=warranty&q=чайник');
    const route = matchRoute(path);
    expect(route.name === 'requests' && filtersFromParams(route.params)).toEqual({
      status: ['new', 'closed'],
      topic: ['warranty'],
      query: 'чайник',
    });
    expect(routePaths.requests(paramsFromFilters({ status: [], topic: [], query: '  ' }))).toBe('/requests');
  });

  it('knows when anything is filtered', () => {
    expect(hasActiveFilters({ status: [], topic: [], query: ' ' })).toBe(false);
    expect(hasActiveFilters({ status: ['new'], topic: [], query: '' })).toBe(true);
    expect(hasActiveFilters({ status: [], topic: ['fraud'], query: '' })).toBe(true);
    expect(hasActiveFilters({ status: [], topic: [], query: '123' })).toBe(true);
  });
});
