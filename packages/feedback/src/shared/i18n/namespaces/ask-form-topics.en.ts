import type { MessagesOf } from '@seller-support/ui';
import type { askFormTopicRu } from './ask-form-topics';

/** English names of the request topics; typed against the Russian ones. */
export const askFormTopicEn: MessagesOf<typeof askFormTopicRu> = {
  legend: 'Topic',
  account: 'Account and cabinet',
  accountHint: 'Registration, the seller cabinet or the mobile app',
  orders: 'Orders',
  ordersHint: 'Placing, changing or cancelling an order, returning a parcel',
  staff_complaint: 'Complaint about staff',
  staff_complaintHint: 'Warehouse or pickup point staff',
  parcel_location: 'Where is my parcel',
  parcel_locationHint: 'Tracking stopped while the order is still on its way',
  logistics_info: 'Warehouses and pickup points',
  logistics_infoHint: 'How warehouses, pickup points and distribution centres work',
  fraud: 'Report a violation',
  fraudHint: 'Fraud, corruption, illegal acts',
  payments: 'Payments and payouts',
  paymentsHint: 'Paying for an order or delivery, payouts, other money questions',
  warranty: 'Warranty repair',
  warrantyHint: "Taking an item in for repair under the maker's warranty",
};
