import {
  createFormatter,
  createTranslator,
  UiI18nContext,
  type UiI18n,
  type UiNamespaces,
} from '@seller-support/ui';
import { createContext, use, useMemo, type ReactNode } from 'react';
import { createDeskFormatter, type DeskFormatter } from './format';
import { deskMessagesEn } from './messages.en';
import { deskMessagesRu, type DeskMessages } from './messages.ru';
import { type DeskLocale } from './locales';
import { deskSnapshotEn, deskSnapshotRu } from './snapshot-wording';

export { deskLocales, type DeskLocale } from './locales';

const catalogs: Record<DeskLocale, DeskMessages> = { ru: deskMessagesRu, en: deskMessagesEn };

/** A plural message: Russian needs one, few and many; English uses one and other. */
export interface PluralMessage {
  readonly one: string;
  readonly few: string;
  readonly many: string;
  readonly other: string;
}

export interface DeskI18n {
  locale: DeskLocale;
  m: DeskMessages;
  format: DeskFormatter;
  /** `template` with each `{name}` replaced by its value. */
  fill: (template: string, values: Readonly<Record<string, string | number>>) => string;
  /** The plural form for `count`, filled with it (and `values`). */
  plural: (message: PluralMessage, count: number, values?: Readonly<Record<string, string>>) => string;
}

function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

export function createDeskI18n(locale: DeskLocale, timeZone: string): DeskI18n {
  const rules = new Intl.PluralRules(locale);
  const format = createDeskFormatter(locale, timeZone);
  return {
    locale,
    m: catalogs[locale],
    format,
    fill,
    plural: (message, count, values = {}) => {
      const category = rules.select(count);
      const template =
        category === 'one' || category === 'few' || category === 'many' ? message[category] : message.other;
      return fill(template, { ...values, count: format.number(count) });
    },
  };
}

/**
 * The shared components' language (the context snapshot card): their own catalogs, worded for the
 * moderator (snapshot-wording.ts), in the desk's language, with times in the policy's zone. Both
 * languages are bundled: the card is on every
 * request page, and its messages are small.
 */
function sharedI18n(locale: DeskLocale, timeZone: string): UiI18n {
  return {
    t: createTranslator<UiNamespaces>(locale, {
      snapshot: locale === 'en' ? deskSnapshotEn : deskSnapshotRu,
    }),
    format: createFormatter(locale, timeZone),
  };
}

const I18nContext = createContext<DeskI18n>(createDeskI18n('ru', 'Europe/Moscow'));

export function DeskI18nProvider({
  locale,
  timeZone,
  children,
}: {
  locale: DeskLocale;
  timeZone: string;
  children: ReactNode;
}) {
  const value = useMemo(() => createDeskI18n(locale, timeZone), [locale, timeZone]);
  const shared = useMemo(() => sharedI18n(locale, timeZone), [locale, timeZone]);
  return (
    <I18nContext value={value}>
      <UiI18nContext value={shared}>{children}</UiI18nContext>
    </I18nContext>
  );
}

/** The desk's messages and formatters in the moderator's language. */
export function useDeskI18n(): DeskI18n {
  return use(I18nContext);
}
