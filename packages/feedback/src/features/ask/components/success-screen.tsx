import type { ReceivedPolicy, ReceivedTicket } from '@seller-support/contract';
import { useEffect, useId, useRef, useState } from 'react';
import { useFormat, useT } from '../../../shared/i18n';
import { expectedFirstResponse, sellerClockDiffers } from '../../../shared/lib/response-time';
import { Link } from '../../../shared/routing/router';
import { routePaths } from '../../../shared/routing/routes';
import { Button } from '../../../shared/ui/button';

export interface SuccessScreenProps {
  ticket: ReceivedTicket;
  policy: ReceivedPolicy;
  onAnother: () => void;
  /** An earlier submit had arrived after all: the seller's later changes are not in the request. */
  editsLeftOut?: boolean | undefined;
  /** Fixed in tests and stories; otherwise the moment the screen appears. */
  now?: Date | undefined;
}

/** The server confirmed the request: its number, when to expect the first answer, and a link to it. */
export function SuccessScreen({ ticket, policy, onAnother, editsLeftOut = false, now }: SuccessScreenProps) {
  const t = useT();
  const format = useFormat();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Computed once, when the request was confirmed: the promise made then does not drift.
  const [at] = useState(() => now ?? new Date());
  const expectation = expectedFirstResponse(policy, at);
  // On the seller's own clock, named when it is not support's.
  const { by } = expectation;
  const time =
    by === null
      ? null
      : sellerClockDiffers(at, policy.timeZone)
        ? format.dateTimeWithZone(by.toISOString())
        : format.dateTime(by.toISOString());

  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  return (
    <section className="ask-success ss-card" aria-labelledby={titleId}>
      <h2 id={titleId} ref={titleRef} tabIndex={-1}>
        {t('askForm.success.title', { number: ticket.number })}
      </h2>
      {editsLeftOut && <p className="ask-success__note">{t('askForm.success.editsLeftOut')}</p>}
      <p>
        {/* A target no date can hold is a server's typo: promise nothing rather than nonsense. */}
        {time !== null &&
          (expectation.period === 'day'
            ? t('askForm.success.expectDay', { minutes: expectation.minutes, time })
            : t('askForm.success.expectNight', { minutes: expectation.minutes, time }))}{' '}
        {t('askForm.success.aroundTheClock')}
      </p>
      <div className="ask-success__actions">
        <Link to={routePaths.request(ticket.id)}>{t('askForm.success.open')}</Link>
        <Button onClick={onAnother}>{t('askForm.success.another')}</Button>
      </div>
    </section>
  );
}
