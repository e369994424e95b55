import type { ReactNode } from 'react';
import { useT } from '../../../shared/i18n';
import { PageHeading } from '../../../shared/routing/router';
import { AskRequest } from './ask-request';
import { SellerIdentity } from './seller-identity';

export interface SupportScreenProps {
  profileUrl?: string | undefined;
  /** The module's route in the host; a sent request links to `{basePath}/requests/{id}`. */
  basePath?: string | undefined;
  /** Beside the form: the app layer puts the other channels here (features do not import each other). */
  aside?: ReactNode;
  /** Fixes the clock of the success screen (tests, stories). */
  now?: Date | undefined;
}

/** The module's landing screen: who support will see, and the request form. */
export function SupportScreen({ profileUrl, basePath = '/support', aside, now }: SupportScreenProps) {
  const t = useT();
  return (
    <div className={aside === undefined ? 'support-screen' : 'support-screen support-screen--with-aside'}>
      <header className="support-screen__header">
        <PageHeading>{t('ask.title')}</PageHeading>
        <p className="ss-muted">{t('ask.intro')}</p>
      </header>
      <div className="support-screen__main">
        <SellerIdentity profileUrl={profileUrl} />
        <AskRequest basePath={basePath} now={now} />
      </div>
      {aside !== undefined && <aside className="support-screen__aside">{aside}</aside>}
    </div>
  );
}
