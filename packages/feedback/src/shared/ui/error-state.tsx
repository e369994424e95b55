import { failureOf, waitOf } from '../api/error-kind';
import { failureMessage, waitText } from '../api/failure-message';
import { useT } from '../i18n';
import { useSecondsLeft } from '../lib/use-seconds-left';
import { Button } from './button';

export interface ErrorStateProps {
  error: unknown;
  /** Starts the failed load again. */
  onRetry: () => void;
  /** True while the retry is under way, to stop double clicks. */
  retrying?: boolean;
}

/**
 * A failed load: what went wrong in the seller's terms, and a way forward. When the server asked
 * to wait (a 429 with `Retry-After`), the retry stays off and counts down until then; only the
 * message is a live region, so the count is not read out every second.
 */
export function ErrorState({ error, onRetry, retrying = false }: ErrorStateProps) {
  const t = useT();
  const failure = failureOf(error);
  const secondsLeft = useSecondsLeft(waitOf(failure)?.until ?? null);
  const waiting = secondsLeft > 0;
  return (
    <div className="ss-alert">
      <p role="alert">{failureMessage(t, failure)}</p>
      <Button variant="primary" onClick={onRetry} disabled={retrying || waiting}>
        {waiting ? t('common.retryIn', { wait: waitText(t, secondsLeft) }) : t('common.retry')}
      </Button>
    </div>
  );
}
