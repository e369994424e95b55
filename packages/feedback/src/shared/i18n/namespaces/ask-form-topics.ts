import type { MessagesOf } from '../shape';

/**
 * Russian names of the request topics, with the hints the request form shows under them. They are
 * the request form's messages (`askForm.topic`), but the requests list filters by topic and the
 * request page names it too, so they live here, where both features can use them.
 */
export const askFormTopicRu = {
  legend: 'Тема обращения',
  account: 'Аккаунт и кабинет',
  accountHint: 'Регистрация, работа в кабинете или мобильном приложении',
  orders: 'Заказы',
  ordersHint: 'Оформление, изменение, отмена заказа, возврат посылки',
  staff_complaint: 'Жалоба на сотрудников',
  staff_complaintHint: 'Сотрудники склада или пункта выдачи',
  parcel_location: 'Где посылка',
  parcel_locationHint: 'Отслеживание остановилось, а заказ ещё в пути',
  logistics_info: 'Склады и пункты выдачи',
  logistics_infoHint: 'Как работают склады, пункты выдачи и распределительные центры',
  fraud: 'Сообщить о нарушении',
  fraudHint: 'Мошенничество, коррупция, незаконные действия',
  payments: 'Платежи и выплаты',
  paymentsHint: 'Оплата заказа или доставки, выплаты, другие денежные вопросы',
  warranty: 'Гарантийный ремонт',
  warrantyHint: 'Сдать товар в ремонт по гарантии производителя',
} as const;

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
