import {
  isKnownTicketStatus,
  isKnownTopic,
  type ReceivedTicketStatus,
  type ReceivedTopic,
} from '@seller-support/contract';
import type { Translate } from '../../../shared/i18n';

/** A request's status in words; one this version does not know reads "Updated". */
export function ticketStatusLabel(t: Translate, status: ReceivedTicketStatus): string {
  return isKnownTicketStatus(status) ? t(`request.statuses.${status}`) : t('request.statusUnknown');
}

/** A request's topic in the words the seller chose it by; one this version does not know reads "Other topic". */
export function topicLabel(t: Translate, topic: ReceivedTopic): string {
  return isKnownTopic(topic) ? t(`askForm.topic.${topic}`) : t('request.details.topicUnknown');
}
