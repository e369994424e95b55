/**
 * Sentences of each language from the frame's words, the request form's and the attachments':
 * a module that holds one holds that language's messages of that part.
 */
const sentences = {
  ru: ['Модуль поддержки неожиданно остановился', 'Рады, что ответ нашёлся', 'Или перетащите файлы сюда'],
  en: ['The support module stopped unexpectedly', 'Glad you found the answer', 'Or drop files here'],
} as const;

// The page's own fetch, taken before a test stubs the global one with the mock API.
const fetchFile = globalThis.fetch.bind(globalThis);

/**
 * The languages whose messages the page has fetched since its resource timings were last cleared,
 * read from what it fetched (the module files the dev server sent, the chunks of a build), not
 * from file names. A test clears the timings before it mounts, and raises their buffer: the test
 * runner's own hundreds of modules fill the default one of 250 entries.
 */
export async function languagesFetched(): Promise<string[]> {
  const names = performance
    .getEntriesByType('resource')
    .map(({ name }) => name)
    .filter((name) => name.startsWith(window.location.origin) && !name.includes('/node_modules/'));
  const texts = await Promise.all(names.map((name) => fetchFile(name).then((response) => response.text())));
  return (['ru', 'en'] as const).filter((locale) =>
    texts.some((text) => sentences[locale].some((sentence) => text.includes(sentence))),
  );
}
