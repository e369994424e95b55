/** The desk's languages; Russian is the default. */
export const deskLocales = ['ru', 'en'] as const;
export type DeskLocale = (typeof deskLocales)[number];
