import { describe, expect, it } from 'vitest';
import { normalizeOrderFilters, orderKeys } from './list-orders';

describe('orderKeys', () => {
  it('goes from general to specific, so invalidating `all` or `lists()` reaches every list', () => {
    const list = orderKeys.list({ query: 'чайник' });
    expect(list.slice(0, orderKeys.lists().length)).toEqual(orderKeys.lists());
    expect(orderKeys.lists().slice(0, orderKeys.all.length)).toEqual(orderKeys.all);
  });

  it('spells one search one way: trimmed text, statuses sorted without repeats, empty means none', () => {
    expect(orderKeys.list({ query: '  чайник ', status: ['shipped', 'delivered', 'shipped'] })).toEqual(
      orderKeys.list({ query: 'чайник', status: ['delivered', 'shipped'] }),
    );
    expect(normalizeOrderFilters({ query: '   ', status: [], from: '', to: '' })).toEqual({
      query: undefined,
      status: undefined,
      from: undefined,
      to: undefined,
    });
  });

  it('tells different filters apart', () => {
    const from = '2026-11-01T00:00:00+03:00';
    expect(orderKeys.list({ from })).not.toEqual(orderKeys.list({ to: from }));
    expect(orderKeys.list({ status: ['in_transit'] })).not.toEqual(orderKeys.list({}));
  });
});
