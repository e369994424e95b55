/** The languages the seller's module and the moderator's desk speak, and every catalog here exists in. Russian is the default. */
export const locales = ['ru', 'en'] as const;
export type Locale = (typeof locales)[number];
