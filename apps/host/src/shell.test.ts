import { describe, expect, it } from 'vitest';
import { supportLinkLabel, unreadBadgeText } from './shell';

describe('supportLinkLabel', () => {
  it.each([
    [0, 'Поддержка'],
    [1, 'Поддержка, 1 непрочитанное'],
    [2, 'Поддержка, 2 непрочитанных'],
    [5, 'Поддержка, 5 непрочитанных'],
    [21, 'Поддержка, 21 непрочитанное'],
    [150, 'Поддержка, 150 непрочитанных'],
  ])('names the link for %i unread requests: %s', (unread, label) => {
    expect(supportLinkLabel(unread)).toBe(label);
  });
});

describe('unreadBadgeText', () => {
  it('shows the count, capped at 99+', () => {
    expect([1, 99, 100].map(unreadBadgeText)).toEqual(['1', '99', '99+']);
  });
});
