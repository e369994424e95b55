import type { MessagesOf } from '../../../shared/i18n';
import type { parcelRu } from './parcel';

export const parcelEn: MessagesOf<typeof parcelRu> = {
  title: 'Question about order No. {orderId}',
  titleWithoutOrder: 'Question to support',
  close: 'Close',
  loading: 'Loading the form…',
  fullForm: 'Open the full request form',
  sent: {
    title: 'Request No. {number} sent',
    body: 'Support will answer in “My requests”, where you can also add details.',
    open: 'Open the request',
    done: 'Done',
  },
  invalidProps: {
    expected: {
      orderId: 'expected an order number (a non-empty string)',
      topic: 'expected a request topic ({topics})',
      onClose: 'expected a function',
    },
    topicHidden: 'this topic is hidden by hiddenTopics: pass another topic or do not hide it',
  },
};
