import { useT } from '../../../shared/i18n';

/** Shown while the browser is offline: the seller may keep writing, the draft stays on the device. */
export function OfflineBanner() {
  const t = useT();
  return (
    <div className="ask-offline-banner" role="status">
      {t('askForm.offline.banner')}
    </div>
  );
}
