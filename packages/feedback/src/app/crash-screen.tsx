import { useT } from '../shared/i18n';
import { Button } from '../shared/ui/button';

export interface CrashScreenProps {
  /** Starts the module's screens afresh; absent where a restart is not possible. */
  onReload?: (() => void) | undefined;
}

export function CrashScreen({ onReload }: CrashScreenProps) {
  const t = useT();
  return (
    <div className="ss-alert" role="alert">
      <h1 className="ss-alert__title">{t('module.crashed.title')}</h1>
      <p>{t('module.crashed.body')}</p>
      {onReload && (
        <Button variant="primary" onClick={onReload}>
          {t('module.crashed.reload')}
        </Button>
      )}
    </div>
  );
}
