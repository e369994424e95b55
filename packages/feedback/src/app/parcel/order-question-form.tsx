import type { ReceivedTicket, Topic } from '@seller-support/contract';
import { AskRequest } from '../../features/ask/components/ask-request';

export interface OrderQuestionFormProps {
  orderId: string;
  topic: Topic;
  hiddenTopics: readonly Topic[] | undefined;
  onSubmitted: (ticket: ReceivedTicket) => void;
}

/**
 * The request form as the parcel shows it: compact, opened on the order and the topic, and with a
 * draft of its own per order, so it never takes over (or clears) the draft of the support page.
 */
export function OrderQuestionForm({ orderId, topic, hiddenTopics, onSubmitted }: OrderQuestionFormProps) {
  return (
    <AskRequest
      compact
      prefill={{ topic, orderIds: [orderId] }}
      hiddenTopics={hiddenTopics}
      draftScope={`order:${orderId}`}
      onSubmitted={onSubmitted}
    />
  );
}
