import type { MessagesOf } from '@seller-support/ui';
import { snapshotRu } from '@seller-support/ui/messages/snapshot';
import { snapshotEn } from '@seller-support/ui/messages/snapshot.en';

// The context snapshot card's catalogs speak to the seller ("About you", "Your sales"); on the desk
// the reader is the moderator, so the headings and notes that address the seller are reworded here
// and everything else (field names, statuses) stays the shared card's.

/** The card's Russian messages as the moderator reads them. */
export const deskSnapshotRu: MessagesOf<typeof snapshotRu> = {
  ...snapshotRu,
  seller: {
    ...snapshotRu.seller,
    title: 'Реквизиты продавца',
    note: 'Приложены к обращению автоматически, продавцу не нужно их диктовать.',
    confidentialNote: 'Обращение конфиденциальное: реквизиты продавца видит только служба комплаенса.',
  },
  deals: { ...snapshotRu.deals, title: 'Продажи продавца' },
  environment: {
    ...snapshotRu.environment,
    note: 'Где продавец открыл поддержку и в каком браузере: помогает, если дело в самом кабинете.',
  },
};

/** The card's English messages as the moderator reads them. */
export const deskSnapshotEn: MessagesOf<typeof snapshotRu> = {
  ...snapshotEn,
  seller: {
    ...snapshotEn.seller,
    title: "Seller's details",
    note: 'Attached to the request automatically: the seller does not have to dictate them.',
    confidentialNote: "This report is confidential: only the compliance team sees the seller's details.",
  },
  deals: { ...snapshotEn.deals, title: "The seller's sales" },
  environment: {
    ...snapshotEn.environment,
    note: 'Where the seller opened support, and in which browser: it helps when the trouble is the cabinet itself.',
  },
};
