import type { MessagesOf } from '@seller-support/ui';
import type { channelLinkRu } from './channel-link';

/** English words of a channel link; typed against the Russian ones. */
export const channelLinkEn: MessagesOf<typeof channelLinkRu> = {
  opensInNewTab: '(opens in a new tab)',
  free: 'free',
  paid: 'paid',
  paidRegional: 'paid, regional: {region}',
  hours: 'Hours: {hours}',
  report: 'Report online',
};
