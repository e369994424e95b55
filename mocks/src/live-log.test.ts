import { describe, expect, it } from 'vitest';
import { LiveLog, type LiveChange } from './live-log';

const change = (eventId: string): Omit<LiveChange, 'seq'> => ({
  ticketId: 'T-000101',
  eventId,
  kind: 'step',
  at: '2026-03-02T10:00:00+03:00',
  visibility: 'seller',
});

describe('the live change log', () => {
  it('resumes from any id it still keeps, and resets from one it has let go', () => {
    const log = new LiveLog(3);
    const ids = ['a', 'b', 'c', 'd', 'e'].map((id) => log.record(change(id)).seq);
    const kept = (cursor: number) => {
      const replay = log.after(cursor);
      return replay.kind === 'changes' ? replay.changes.map(({ eventId }) => eventId) : replay;
    };
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect(kept(2)).toEqual(['c', 'd', 'e']);
    expect(kept(5)).toEqual([]);
    // Change 2 is gone, so a client that saw only 1 would miss it: it must refetch.
    expect(kept(1)).toEqual({ kind: 'reset', seq: 5 });
    expect(kept(6)).toEqual({ kind: 'reset', seq: 5 });
  });

  it('reads back only the ids it handed out on the same stream', () => {
    const log = new LiveLog();
    const id = log.idOf('seller', 4);
    expect(log.seqOf('seller', id)).toBe(4);
    expect(log.seqOf('desk', id)).toBeUndefined();
    expect(log.seqOf('desk', log.idOf('desk', 4))).toBe(4);
    expect(new LiveLog().seqOf('seller', id)).toBeUndefined();
    expect(log.seqOf('seller', '4')).toBeUndefined();
  });

  it('starts a new history past every id it handed out when the store resets', () => {
    const log = new LiveLog();
    log.record(change('a'));
    const resets: number[] = [];
    const unsubscribe = log.subscribe({
      change: () => undefined,
      reset: (seq) => resets.push(seq),
      end: () => undefined,
    });
    log.restart();
    expect(resets).toEqual([2]);
    expect(log.after(1)).toEqual({ kind: 'reset', seq: 2 });
    expect(log.after(2)).toEqual({ kind: 'changes', changes: [] });
    expect(log.record(change('b')).seq).toBe(3);
    unsubscribe();
    expect(log.subscriberCount).toBe(0);
  });
});
