import type { ReactNode } from 'react';
import { useT } from '../../../shared/i18n';
import { PageHeading } from '../../../shared/routing/router';
import { AskRequest, type AskRequestProps } from './ask-request';
import { SellerIdentity } from './seller-identity';

export interface SupportScreenProps extends AskRequestProps {
  profileUrl?: string | undefined;
  /** Beside the form: the app layer puts the other channels here (features do not import each other). */
  aside?: ReactNode;
}

/** The module's landing screen: who support will see, and the request form. */
export function SupportScreen({ profileUrl, aside, compact = false, ...request }: SupportScreenProps) {
  const t = useT();
  // Compact (a dialog over the host's page): no introduction and nothing beside the form.
  const withAside = aside !== undefined && !compact;
  const className = [
    'support-screen',
    withAside && 'support-screen--with-aside',
    compact && 'support-screen--compact',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      <header className="support-screen__header">
        <PageHeading>{t('ask.title')}</PageHeading>
        {!compact && <p className="ss-muted support-screen__intro">{t('ask.intro')}</p>}
      </header>
      <div className="support-screen__main">
        <SellerIdentity profileUrl={profileUrl} />
        <AskRequest {...request} compact={compact} identityShown />
      </div>
      {withAside && <aside className="support-screen__aside">{aside}</aside>}
    </div>
  );
}
