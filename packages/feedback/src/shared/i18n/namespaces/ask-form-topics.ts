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
