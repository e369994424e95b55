import type { MessagesOf } from '../../../shared/i18n';

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

/** English messages for other ways to reach support and what to expect now; typed against the Russian ones. */
export const channelsEn: MessagesOf<typeof channelsRu> = {
  title: 'Other ways to reach us',
  loading: 'Loading the ways to reach us…',
  empty: 'There are no other ways to reach us yet.',
  showMore: {
    one: '{count} more way to reach us',
    other: '{count} more ways to reach us',
  },
  showAll: {
    one: 'Show {count} way to reach us',
    other: 'Show {count} ways to reach us',
  },
  omitted: {
    one: '{count} way to reach support could not be shown.',
    other: '{count} ways to reach support could not be shown.',
  },
  expectation: {
    aroundTheClock: 'Support works around the clock.',
    day: 'Right now (day) the first answer usually comes within {duration}.',
    night: 'Right now (night) the first answer usually comes within {duration}.',
    by: 'If you write now, expect it by about {time}.',
    dayHours: 'Support’s day hours: {from}–{to} ({timeZone}).',
    minutes: {
      one: '{count} minute',
      other: '{count} minutes',
    },
    hours: {
      one: '{count} hour',
      other: '{count} hours',
    },
    anHour: 'an hour',
  },
};

// The channel link's words are declared in shared (the request form shows channels too); the rest is this feature's.
declare module '../../../shared/i18n/messages' {
  interface ChannelsNamespace extends ChannelsOwnRu {}
}
type ChannelsOwnRu = typeof channelsRu;
