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

declare module '../../../shared/i18n/messages' {
  interface Namespaces {
    readonly help: typeof helpRu;
  }
}
