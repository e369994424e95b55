import type { MessagesOf } from '../../../shared/i18n';

/** Russian messages for answer before asking: matching help articles. */
export const helpRu = {
  title: 'Возможно, ответ уже есть',
  intro: 'Эти статьи справки похожи на ваш вопрос. Они откроются в новой вкладке, черновик сохранится.',
  answered: 'Это ответ на мой вопрос',
  found: {
    one: 'Нашлась {count} статья справки по вашему вопросу',
    few: 'Нашлись {count} статьи справки по вашему вопросу',
    many: 'Нашлось {count} статей справки по вашему вопросу',
    other: 'Нашлось {count} статьи справки по вашему вопросу',
  },
} as const;

/** English messages for answer before asking: matching help articles; typed against the Russian ones. */
export const helpEn: MessagesOf<typeof helpRu> = {
  title: 'Maybe the answer is already here',
  intro: 'These help articles look like your question. They open in a new tab; your draft is kept.',
  answered: 'This answered my question',
  found: {
    one: '{count} help article matches your question',
    other: '{count} help articles match your question',
  },
};

declare module '../../../shared/i18n/messages' {
  interface Namespaces {
    readonly help: typeof helpRu;
  }
}
