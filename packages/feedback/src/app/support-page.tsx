import type { Topic } from '@seller-support/contract';
import { ChannelsPanel } from '../features/channels/channels-panel';
import { SupportScreen } from '../features/ask/components/support-screen';
import { useEmitModuleEvent } from './module-events';

export interface SupportPageProps {
  profileUrl?: string | undefined;
  /** The host's prefill: the topic the form opens with. */
  initialTopic?: Topic | undefined;
  /** The host's prefill: orders already chosen. */
  initialOrderIds?: readonly string[] | undefined;
  /** Topics the host does not offer. */
  hiddenTopics?: readonly Topic[] | undefined;
}

/**
 * The support page: the request form with the other ways to reach support beside it. It lives in
 * the app layer because it joins two features, which never import each other, and tells the host
 * about every request the server confirmed.
 */
export function SupportPage({ profileUrl, initialTopic, initialOrderIds, hiddenTopics }: SupportPageProps) {
  const emit = useEmitModuleEvent();
  return (
    <SupportScreen
      profileUrl={profileUrl}
      aside={<ChannelsPanel />}
      prefill={{ topic: initialTopic, orderIds: initialOrderIds }}
      hiddenTopics={hiddenTopics}
      onSubmitted={(ticket) => emit({ type: 'request-created', ticketId: ticket.id, number: ticket.number })}
    />
  );
}
