import type { MessagesOf } from '../../../shared/i18n';
import type { channelsRu } from './channels';

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
