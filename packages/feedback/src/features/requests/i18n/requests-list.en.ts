import type { MessagesOf } from '../../../shared/i18n';
import type { requestsListRu } from './requests-list';

/** English messages for the list of the seller's requests; typed against the Russian ones. */
export const requestsListEn: MessagesOf<typeof requestsListRu> = {
  title: 'My requests',
  filters: {
    label: 'Request filters',
    status: 'Status',
    quick: 'Quick choice',
    all: 'All',
    open: 'Open',
    topic: 'Topic',
    allTopics: 'All topics',
    severalTopics: {
      one: '{count} topic selected',
      other: '{count} topics selected',
    },
    search: 'Search',
    searchHint: 'Request number or words from its subject',
    clear: 'Clear filters',
  },
  row: {
    number: 'No. {number}',
    updated: 'Updated',
    topic: 'Topic',
    snippet: '{author}: {text}',
    author: {
      seller: 'You',
      moderator: 'Support',
    },
    unread: {
      one: '{count} new',
      other: '{count} new',
    },
  },
  listLabel: 'Requests',
  results: {
    loading: 'Loading your requests…',
    updating: 'Updating the list…',
    total: {
      one: '{count} request in all',
      other: '{count} requests in all',
    },
    shownOfTotal: 'Showing {shown} of {total}',
    shown: {
      one: 'Showing {count} request',
      other: 'Showing {count} requests',
    },
    added: {
      one: '{count} more request shown.',
      other: '{count} more requests shown.',
    },
  },
  more: 'Show more',
  loadingMore: 'Loading more…',
  refreshFailed: 'Could not refresh the list. We will try again shortly.',
  omitted: {
    one: '{count} request could not be shown.',
    other: '{count} requests could not be shown.',
  },
  empty: {
    title: 'You have no requests yet',
    body: 'When you ask support a question, the request appears here and you can follow the answer.',
    ask: 'Ask a question',
  },
  noMatches: {
    title: 'No requests match these filters',
    body: 'Change the search or clear the filters.',
  },
};
