import { useT } from '../shared/i18n';

/** While a screen's code arrives (any screen: the words name none): a status line, not a blank area. */
export function PageLoading() {
  const t = useT();
  return (
    <p className="ss-muted" role="status">
      {t('module.loading')}
    </p>
  );
}
