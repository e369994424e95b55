import { askFormTopicRu } from '../../shared/i18n/namespaces/ask-form-topics';
import { channelLinkRu } from '../../shared/i18n/namespaces/channel-link';
import { sharedRu } from '../../shared/i18n/ru';

/**
 * Russian words of the frame (loading, navigation, errors, the seller's identity) with the two
 * small shared groups most screens show: the topic names and a channel link's words.
 */
export const frameRu = {
  ...sharedRu,
  askForm: { topic: askFormTopicRu },
  channels: channelLinkRu,
};
