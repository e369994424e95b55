/**
 * Russian messages for other ways to reach support and what to expect now. A channel link's own
 * words (`channels.free`, `channels.hours`…) are shared: shared/i18n/namespaces/channel-link.ts.
 */
export const channelsRu = {
  title: 'Другие способы связи',
  loading: 'Загружаем способы связи…',
  empty: 'Других способов связи пока нет.',
  /** The disclosure under the hotline: the rest of the channels. */
  showMore: {
    one: 'Ещё {count} способ связи',
    few: 'Ещё {count} способа связи',
    many: 'Ещё {count} способов связи',
    other: 'Ещё {count} способа связи',
  },
  /** The same without a hotline in sight: every channel is behind it. */
  showAll: {
    one: 'Показать {count} способ связи',
    few: 'Показать {count} способа связи',
    many: 'Показать {count} способов связи',
    other: 'Показать {count} способа связи',
  },
  /** Channels the server sent in a shape the module cannot read: left out, and said so. */
  omitted: {
    one: '{count} способ связи не удалось показать.',
    few: '{count} способа связи не удалось показать.',
    many: '{count} способов связи не удалось показать.',
    other: '{count} способа связи не удалось показать.',
  },
  expectation: {
    aroundTheClock: 'Поддержка работает круглосуточно.',
    day: 'Сейчас день: первый ответ обычно приходит в течение {duration}.',
    night: 'Сейчас ночь: первый ответ обычно приходит в течение {duration}.',
    by: 'Если написать сейчас — ориентировочно до {time}.',
    dayHours: 'Дневные часы поддержки: {from}–{to} ({timeZone}).',
    minutes: {
      one: '{count} минуты',
      few: '{count} минут',
      many: '{count} минут',
      other: '{count} минуты',
    },
    hours: {
      one: '{count} часа',
      few: '{count} часов',
      many: '{count} часов',
      other: '{count} часа',
    },
    anHour: 'часа',
  },
} as const;

// The channel link's words are declared in shared (the request form shows channels too); the rest is this feature's.
declare module '../../../shared/i18n/messages' {
  interface ChannelsNamespace extends ChannelsOwnRu {}
}
type ChannelsOwnRu = typeof channelsRu;
