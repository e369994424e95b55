import { loadErrorKind } from '../api/error-kind';
import { useT } from '../i18n';
import { Button } from './button';

export interface ErrorStateProps {
  error: unknown;
  /** Starts the failed load again. */
  onRetry: () => void;
  /** True while the retry is under way, to stop double clicks. */
  retrying?: boolean;
}

/** A failed load: what went wrong in the seller's terms, and a way forward. */
export function ErrorState({ error, onRetry, retrying = false }: ErrorStateProps) {
  const t = useT();
  return (
    <div className="ss-alert" role="alert">
      <p>{t(`errors.${loadErrorKind(error)}`)}</p>
      <Button onClick={onRetry} disabled={retrying}>
        {t('common.retry')}
      </Button>
    </div>
  );
}
