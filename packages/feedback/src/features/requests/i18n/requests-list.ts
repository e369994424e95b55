import type { MessagesOf } from '../../../shared/i18n';

/**
 * Russian messages for the list of the seller's requests: filters, rows, statuses, states.
 * Topic names are not repeated here: the list reads `askForm.topic.<topic>`, the words the
 * seller chose the topic by.
 */
export const requestsListRu = {
  title: 'Мои обращения',
  filters: {
    label: 'Фильтры обращений',
    status: 'Статус',
    quick: 'Быстрый выбор',
    all: 'Все',
    open: 'Открытые',
    topic: 'Тема',
    allTopics: 'Все темы',
    severalTopics: {
      one: 'Выбрана {count} тема',
      few: 'Выбрано {count} темы',
      many: 'Выбрано {count} тем',
      other: 'Выбрано {count} темы',
    },
    search: 'Поиск',
    searchHint: 'Номер обращения или слова из его заголовка',
    clear: 'Сбросить фильтры',
  },
  row: {
    number: '№ {number}',
    updated: 'Обновлено {time}',
    unread: {
      one: '{count} новое',
      few: '{count} новых',
      many: '{count} новых',
      other: '{count} новых',
    },
  },
  listLabel: 'Обращения',
  results: {
    loading: 'Загружаем обращения…',
    updating: 'Обновляем список…',
    total: {
      one: 'Всего {count} обращение',
      few: 'Всего {count} обращения',
      many: 'Всего {count} обращений',
      other: 'Всего {count} обращения',
    },
    shownOfTotal: 'Показано {shown} из {total}',
    shown: {
      one: 'Показано {count} обращение',
      few: 'Показано {count} обращения',
      many: 'Показано {count} обращений',
      other: 'Показано {count} обращения',
    },
    added: {
      one: 'Добавлено {count} обращение.',
      few: 'Добавлено {count} обращения.',
      many: 'Добавлено {count} обращений.',
      other: 'Добавлено {count} обращения.',
    },
  },
  more: 'Показать ещё',
  loadingMore: 'Загружаем ещё…',
  refreshFailed: 'Не удалось обновить список. Попробуем ещё раз чуть позже.',
  /** Requests the server sent in a shape the module cannot read: left out, and said so. */
  omitted: {
    one: '{count} обращение не удалось показать.',
    few: '{count} обращения не удалось показать.',
    many: '{count} обращений не удалось показать.',
    other: '{count} обращения не удалось показать.',
  },
  empty: {
    title: 'У вас пока нет обращений',
    body: 'Когда вы зададите вопрос поддержке, обращение появится здесь, и вы сможете следить за ответом.',
    ask: 'Задать вопрос',
  },
  noMatches: {
    title: 'Нет обращений по этим фильтрам',
    body: 'Измените условия поиска или сбросьте фильтры.',
  },
} as const;

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
    updated: 'Updated {time}',
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

declare module '../../../shared/i18n/messages' {
  interface Namespaces {
    readonly requestsList: typeof requestsListRu;
  }
}
