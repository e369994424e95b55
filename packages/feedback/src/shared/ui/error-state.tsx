import { loadErrorKind, retryWaitOf } from '../api/error-kind';
import { useT, type Translate } from '../i18n';
import { useSecondsLeft } from '../lib/use-seconds-left';
import { Button } from './button';

export interface ErrorStateProps {
  error: unknown;
  /** Starts the failed load again. */
  onRetry: () => void;
  /** True while the retry is under way, to stop double clicks. */
  retrying?: boolean;
}

/** A wait in the largest unit that still reads well, rounded up: never shorter than it is. */
function waitText(t: Translate, seconds: number): string {
  if (seconds < 60) return t('common.wait.seconds', { count: seconds });
  if (seconds < 3600) return t('common.wait.minutes', { count: Math.ceil(seconds / 60) });
  return t('common.wait.hours', { count: Math.ceil(seconds / 3600) });
}

/**
 * A failed load: what went wrong in the seller's terms, and a way forward. When the server asked
 * to wait (a 429 with `Retry-After`), the retry stays off and counts down until then; only the
 * message is a live region, so the count is not read out every second.
 */
export function ErrorState({ error, onRetry, retrying = false }: ErrorStateProps) {
  const t = useT();
  const kind = loadErrorKind(error);
  const wait = retryWaitOf(error);
  const secondsLeft = useSecondsLeft(wait?.until ?? null);
  const waiting = secondsLeft > 0;
  return (
    <div className="ss-alert">
      <p role="alert">
        {wait === null
          ? t(`errors.${kind}`)
          : t('errors.rateLimitedWait', { wait: waitText(t, wait.seconds) })}
      </p>
      <Button onClick={onRetry} disabled={retrying || waiting}>
        {waiting ? t('common.retryIn', { wait: waitText(t, secondsLeft) }) : t('common.retry')}
      </Button>
    </div>
  );
}
