import type { CreateTicketBody } from '@seller-support/contract';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultNow, makeContextSnapshot } from './factories';
import { createMockApi } from './mock-api';
import { ProblemError } from './problem';
import type { MockStore } from './store';

// The "real" time is pinned here, so this proves the demo follows the calendar whatever day
// the suite runs on: late in the evening, Moscow night, weeks after the tests' pinned dataset.
const wallNow = '2027-02-14T23:30:00+03:00';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(wallNow));
});
afterEach(() => {
  vi.useRealTimers();
});

function staffComplaint(store: MockStore, incidentDate: string): CreateTicketBody {
  const context = store.getContext();
  return {
    topic: 'staff_complaint',
    subject: 'Грубость на складе',
    description: 'Сотрудник склада отказался принимать поставку.',
    fields: { facilityType: 'warehouse', incidentDate },
    orderIds: [],
    facilityId: 'wh-1',
    attachmentIds: [],
    confidential: false,
    context: makeContextSnapshot(context, []),
  };
}

function fieldErrors(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    if (error instanceof ProblemError) return error.problem.errors;
    throw error;
  }
  return 'no problem';
}

describe('the wall clock (the demo)', () => {
  it('anchors the dataset to today and dates what the seller does now', () => {
    const { store } = createMockApi({ clock: 'wall' });
    expect(store.dataset.now).toBe(wallNow);
    const newest = store.listOrders({ limit: 1 }).items[0];
    expect(Date.parse(newest?.createdAt ?? '')).toBeLessThanOrEqual(Date.parse(wallNow));
    expect(Date.parse(newest?.createdAt ?? '')).toBeGreaterThan(Date.parse(wallNow) - 7 * 86_400_000);

    const { value: resource } = store.createTicket(staffComplaint(store, '2027-02-14'), 'key-1');
    expect(resource.createdAt).toBe(wallNow);
    // 23:30 in Moscow is support's night: the night target, an hour, from now, never "late" at birth.
    expect(resource.expectedFirstResponseBy).toBe('2027-02-15T00:30:00+03:00');

    vi.setSystemTime(new Date('2027-02-15T09:00:00+03:00'));
    const later = store.createTicket({ ...staffComplaint(store, '2027-02-15') }, 'key-2').value;
    expect(later.createdAt).toBe('2027-02-15T09:00:00+03:00');
    expect(later.expectedFirstResponseBy).toBe('2027-02-15T09:15:00+03:00');
  });

  it('takes an incident dated on a calendar ahead of Moscow’s, and refuses the day after that', () => {
    const { store } = createMockApi({ clock: 'wall' });
    // 23:30 in Moscow is already the 15th in Vladivostok.
    expect(() => store.createTicket(staffComplaint(store, '2027-02-15'), 'key-1')).not.toThrow();
    expect(fieldErrors(() => store.createTicket(staffComplaint(store, '2027-02-17'), 'key-2'))).toEqual([
      { path: 'fields.incidentDate', message: 'cannot be in the future', code: 'in_future' },
    ]);
  });
});

describe('the dataset clock (tests and stories)', () => {
  it('stays on the pinned moment whatever the real time', () => {
    const { store } = createMockApi();
    expect(store.dataset.now).toBe(defaultNow);
    expect(store.now()).toBe(defaultNow);
  });
});
