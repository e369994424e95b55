import { useDeskI18n } from '../../../shared/i18n/i18n';

/**
 * When the first answer is due: absolute in the policy's time zone and relative to now; an overdue
 * one says so in words, with a mark, not by colour only.
 */
export function DueTime({ dueAt, overdue, now }: { dueAt: string | null; overdue: boolean; now: number }) {
  const { m, fill, format } = useDeskI18n();
  if (dueAt === null) return <span>{m.queue.answered}</span>;
  const values = { time: format.dateTime(dueAt), relative: format.relative(dueAt, now) };
  if (!overdue) return <span>{fill(m.queue.dueIn, values)}</span>;
  return (
    <span className="desk-due desk-due--overdue">
      <span className="ss-overdue">{m.queue.overdue}</span> {fill(m.queue.overdueSince, values)}
    </span>
  );
}
