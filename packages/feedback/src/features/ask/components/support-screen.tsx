import { useT } from '../../../shared/i18n';
import { SellerIdentity } from './seller-identity';

export interface SupportScreenProps {
  profileUrl?: string | undefined;
}

/** The module's landing screen. For now: the title and the identity support will see. */
export function SupportScreen({ profileUrl }: SupportScreenProps) {
  const t = useT();
  return (
    <div className="support-screen">
      <header className="support-screen__header">
        <h1>{t('ask.title')}</h1>
        <p className="ss-muted">{t('ask.intro')}</p>
      </header>
      <SellerIdentity profileUrl={profileUrl} />
    </div>
  );
}
