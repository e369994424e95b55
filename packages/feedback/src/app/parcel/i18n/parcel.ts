/** Russian messages for the parcel: "ask support about this order" in a dialog over the host's page. */
export const parcelRu = {
  title: 'Вопрос по заказу № {orderId}',
  titleWithoutOrder: 'Вопрос в поддержку',
  close: 'Закрыть',
  loading: 'Загружаем форму…',
  /** Below the parcel's short form: the support page's form, on the same topic and order. */
  fullForm: 'Открыть полную форму обращения',
  sent: {
    title: 'Обращение № {number} отправлено',
    body: 'Ответ поддержки придёт в раздел «Мои обращения», там же можно дописать подробности.',
    open: 'Открыть обращение',
    done: 'Готово',
  },
  invalidProps: {
    expected: {
      orderId: 'ожидается номер заказа (непустая строка)',
      topic: 'ожидается тема обращения ({topics})',
      onClose: 'ожидается функция',
    },
    topicHidden: 'эта тема скрыта в hiddenTopics: передайте другую тему или не скрывайте её',
  },
} as const;

declare module '../../../shared/i18n/messages' {
  interface Namespaces {
    readonly parcel: typeof parcelRu;
  }
}
