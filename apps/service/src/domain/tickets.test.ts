import { describe, expect, it } from 'vitest';
import {
  canPostMessage,
  canRate,
  canReopen,
  lastMessageOf,
  latestCalendarDate,
  statusAfterSellerMessage,
} from './tickets';

const day = 86_400_000;
const resolvedAt = '2026-11-20T12:00:00+03:00';
const events = [{ id: 'e1', at: resolvedAt, kind: 'resolved' as const }];

describe('the ticket’s rules', () => {
  it('a resolved request reopens within the policy’s days of its resolution, not after, and nothing else reopens', () => {
    const ticket = { status: 'resolved' as const, updatedAt: resolvedAt };
    const policy = { reopenWithinDays: 14 };
    expect(canReopen(ticket, events, policy, Date.parse(resolvedAt) + 14 * day)).toBeNull();
    expect(canReopen(ticket, events, policy, Date.parse(resolvedAt) + 14 * day + 1)?.refused).toMatch(
      /14 days/,
    );
    expect(
      canReopen({ ...ticket, status: 'in_progress' }, events, policy, Date.parse(resolvedAt)),
    ).not.toBeNull();
  });

  it('rates once, only when resolved or closed; writes to anything but a closed request', () => {
    expect(canRate({ status: 'closed', rating: null })).toBeNull();
    expect(canRate({ status: 'resolved', rating: { score: 5 } })?.refused).toMatch(/already/);
    expect(canRate({ status: 'new', rating: null })).not.toBeNull();
    expect(canPostMessage('closed')).not.toBeNull();
    expect(canPostMessage('resolved')).toBeNull();
    expect(statusAfterSellerMessage('waiting_seller')).toBe('in_progress');
    expect(statusAfterSellerMessage('offer_proposed')).toBe('offer_proposed');
  });

  it('a list snippet is one line of at most 200 characters and never splits an emoji', () => {
    const body = `${'😀'.repeat(150)}\n\nконец`;
    const { body: snippet } = lastMessageOf({
      id: 'm',
      at: resolvedAt,
      kind: 'message',
      author: 'seller',
      body,
      attachments: [],
    });
    expect(snippet.length).toBeLessThanOrEqual(200);
    expect(Array.from(snippet).every((character) => character === '😀')).toBe(true);
    expect(
      lastMessageOf({
        id: 'm',
        at: resolvedAt,
        kind: 'message',
        author: 'moderator',
        body: ' a \n b ',
        attachments: [],
      }).body,
    ).toBe('a b');
  });

  it('today is the newest calendar date on Earth', () => {
    expect(latestCalendarDate(Date.parse('2026-11-25T12:00:00Z'))).toBe('2026-11-26');
  });
});
