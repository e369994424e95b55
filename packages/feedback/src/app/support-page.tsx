import { ChannelsPanel } from '../features/channels/channels-panel';
import { SupportScreen } from '../features/ask/components/support-screen';

export interface SupportPageProps {
  profileUrl?: string | undefined;
  basePath: string;
}

/**
 * The support page: the request form with the other ways to reach support beside it. It lives in
 * the app layer because it joins two features, which never import each other.
 */
export function SupportPage({ profileUrl, basePath }: SupportPageProps) {
  return <SupportScreen profileUrl={profileUrl} basePath={basePath} aside={<ChannelsPanel />} />;
}
