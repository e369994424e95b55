import type { ReceivedPolicy } from '@seller-support/contract';
import { usePolicy } from '../../shared/api/get-policy';
import { useFormat, useT, type Translate } from '../../shared/i18n';
import { expectedFirstResponse, sellerClockDiffers } from '../../shared/lib/response-time';
import { useNow } from '../../shared/lib/use-now';

export interface ResponseExpectationProps {
  /** A fixed moment (tests, stories); by default the current time, updated every minute. */
  now?: Date | undefined;
}

/** "15 minutes", "an hour", "2 hours": the wait as a person would say it. */
export function formatWait(t: Translate, minutes: number): string {
  if (minutes === 60) return t('channels.expectation.anHour');
  if (minutes % 60 === 0) return t('channels.expectation.hours', { count: minutes / 60 });
  return t('channels.expectation.minutes', { count: minutes });
}

/**
 * What to expect if the seller writes now: support works around the clock, and the first
 * answer's target depends on whether it is day or night in support's time zone. Follows the
 * clock while it is on screen. Shows nothing until the policy is known (the panel around it
 * reports loading and errors).
 */
export function ResponseExpectation({ now }: ResponseExpectationProps) {
  const policy = usePolicy();
  if (policy.data === undefined) return null;
  return <Expectation policy={policy.data} now={now} />;
}

function Expectation({ policy, now: fixedNow }: { policy: ReceivedPolicy; now: Date | undefined }) {
  const t = useT();
  const format = useFormat();
  const now = useNow(fixedNow);
  const { period, minutes, by } = expectedFirstResponse(policy, now);
  // On the seller's own clock (the browser's time zone), named when it is not support's.
  const time =
    by === null ? null : format.time(by.toISOString(), { zone: sellerClockDiffers(now, policy.timeZone) });

  return (
    <div className="response-expectation">
      <p className="response-expectation__around">{t('channels.expectation.aroundTheClock')}</p>
      {/* A target no date can hold is a server's typo: no promise rather than nonsense. */}
      {time !== null && (
        <p className="response-expectation__now" data-period={period}>
          {t(`channels.expectation.${period}`, { duration: formatWait(t, minutes) })}{' '}
          {t('channels.expectation.by', { time })}
        </p>
      )}
      <p className="ss-muted response-expectation__hours">
        {t('channels.expectation.dayHours', {
          from: policy.dayHours.from,
          to: policy.dayHours.to,
          timeZone: policy.timeZone,
        })}
      </p>
    </div>
  );
}
