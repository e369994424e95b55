import { askFormTopicEn } from '../../shared/i18n/namespaces/ask-form-topics.en';
import { channelLinkEn } from '../../shared/i18n/namespaces/channel-link.en';
import { sharedEn } from '../../shared/i18n/en';

/** English words of the frame, with the topic names and a channel link's words (frame.ru.ts). */
export const frameEn = {
  ...sharedEn,
  askForm: { topic: askFormTopicEn },
  channels: channelLinkEn,
};
