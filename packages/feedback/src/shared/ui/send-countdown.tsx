import { waitOf, type Failure } from '../api/error-kind';
import { waitText } from '../api/failure-message';
import { useT } from '../i18n';
import { useSecondsLeft } from '../lib/use-seconds-left';

/** The whole seconds a 429 still holds a form's Send for: 0 once it may go (or without a wait). */
export function useSendHeld(failure: Failure | null): number {
  return useSecondsLeft(waitOf(failure)?.until ?? null);
}

/**
 * Beside a Send that a 429 holds: the wait, counting down. Not a live region: the alert said the wait
 * once, and a count read out every second would drown everything else.
 */
export function SendCountdown({ seconds }: { seconds: number }) {
  const t = useT();
  if (seconds <= 0) return null;
  return <span className="ss-muted">{t('common.sendIn', { wait: waitText(t, seconds) })}</span>;
}
