import { topics, type ReceivedTicket, type Topic } from '@seller-support/contract';
import type { MouseEvent } from 'react';
import { AskRequest } from '../../features/ask/components/ask-request';
import { useT } from '../../shared/i18n';
import { browserPathOf } from '../../shared/routing/location';
import { routePaths } from '../../shared/routing/routes';
import { orderQuestionDraftScope } from './parcel-props';

/** The topics a question about one order is asked under; the full form has all of them. */
const aboutOneOrder: ReadonlySet<Topic> = new Set(['orders', 'parcel_location', 'warranty', 'payments']);

export interface OrderQuestionFormProps {
  orderId: string;
  topic: Topic;
  hiddenTopics: readonly Topic[] | undefined;
  /** The application's route in the host, where the full form is. */
  basePath: string;
  onSubmitted: (ticket: ReceivedTicket) => void;
  /** Closes the dialog (before the full form replaces the page under it). */
  close: () => void;
  /** Opens a page of the host without reloading it; absent, the link loads the page. */
  navigate?: ((url: string) => void) | undefined;
}

const isPlainClick = (event: MouseEvent<HTMLAnchorElement>) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * The request form as the parcel shows it: the order pinned at the top, only the topics a
 * question about one order has (and the host's, if it asked for another), the question, photos
 * and Send; the full form one link away, opened on the same topic and order. Its draft is its
 * own per order, so it never takes over (or clears) the draft of the support page.
 */
export function OrderQuestionForm({
  orderId,
  topic,
  hiddenTopics,
  basePath,
  onSubmitted,
  close,
  navigate,
}: OrderQuestionFormProps) {
  const t = useT();
  const hidden = new Set<Topic>(hiddenTopics);
  for (const other of topics) if (!aboutOneOrder.has(other) && other !== topic) hidden.add(other);
  const fullForm = browserPathOf(basePath, routePaths.ask({ topic, orderId }));
  return (
    <>
      <AskRequest
        compact
        prefill={{ topic, orderIds: [orderId] }}
        pinnedOrderId={orderId}
        hiddenTopics={[...hidden]}
        draftScope={orderQuestionDraftScope(orderId)}
        onSubmitted={onSubmitted}
      />
      <p className="order-question__full-form">
        <a
          href={fullForm}
          onClick={(event) => {
            if (navigate === undefined || !isPlainClick(event)) return;
            event.preventDefault();
            close();
            navigate(fullForm);
          }}
        >
          {t('parcel.fullForm')}
        </a>
      </p>
    </>
  );
}
