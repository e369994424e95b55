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
    topic: 'Тема обращения',
    allTopics: 'Все темы',
    severalTopics: {
      one: 'Выбрана {count} тема',
      few: 'Выбрано {count} темы',
      many: 'Выбрано {count} тем',
      other: 'Выбрано {count} темы',
    },
    search: 'Поиск',
    searchHint: 'Номер обращения или слова из заголовка',
    clear: 'Сбросить фильтры',
  },
  row: {
    number: '№ {number}',
    /** Before "2 часа назад": the relative time is its own element, with the exact time on focus. */
    updated: 'Обновлено',
    /** Read before the topic's name by a screen reader: the row shows the name alone. */
    topic: 'Тема обращения',
    /** The last message: who wrote it, then its start. */
    snippet: '{author}: {text}',
    author: {
      seller: 'Вы',
      moderator: 'Поддержка',
    },
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

declare module '../../../shared/i18n/messages' {
  interface Namespaces {
    readonly requestsList: typeof requestsListRu;
  }
}
