import { describe, expect, it, vi } from 'vitest';
import { createSessionExpiry, sessionExpiryQuietMs } from './session-expiry';

function setup() {
  let time = 1_000_000;
  const onExpired = vi.fn();
  const expiry = createSessionExpiry({ onExpired, now: () => time });
  return {
    expiry,
    onExpired,
    wait: (ms: number) => {
      time += ms;
    },
  };
}

describe('createSessionExpiry', () => {
  it('reports a burst of refused requests once', () => {
    const { expiry, onExpired, wait } = setup();
    expiry.refused();
    expiry.refused();
    wait(60_000);
    // Still no request went through: the same lost session, however long the seller waits.
    expiry.refused();
    expect(onExpired).toHaveBeenCalledTimes(1);
  });

  it('reports again once the session came back and was lost anew', () => {
    const { expiry, onExpired, wait } = setup();
    expiry.refused();
    wait(sessionExpiryQuietMs);
    expiry.succeeded();
    expiry.refused();
    expect(onExpired).toHaveBeenCalledTimes(2);
  });

  it('does not flood the host when the session flaps within the quiet period', () => {
    const { expiry, onExpired, wait } = setup();
    expiry.refused();
    wait(sessionExpiryQuietMs - 1);
    expiry.succeeded();
    expiry.refused();
    expect(onExpired).toHaveBeenCalledTimes(1);
    wait(1);
    expiry.refused();
    expect(onExpired).toHaveBeenCalledTimes(2);
  });
});
