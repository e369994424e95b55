import type { Locale } from './locales';
import type { MessageSourceOf, TranslateOf } from './messages';

type Params = Readonly<Record<string, string | number>>;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

function lookupIn(messages: unknown, path: readonly string[]): unknown {
  let node: unknown = messages;
  for (const step of path) {
    if (!isRecord(node)) return undefined;
    node = node[step];
  }
  return node;
}

/** The message at a dotted key: in the language, or in the first of its parts that has it. */
function lookup(messages: unknown, key: string): unknown {
  const path = key.split('.');
  const parts: readonly unknown[] = Array.isArray(messages) ? messages : [messages];
  for (const part of parts) {
    const found = lookupIn(part, path);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Builds `t` for one language. Numbers in parameters are formatted for the locale
 * (so `count` 1834 reads "1 834" in Russian); a missing parameter stays visible as `{name}`
 * rather than disappearing silently. Typed by the namespaces it is for: the seller's module
 * passes its whole language, a shared component's provider the same messages read as its own part.
 */
export function createTranslator<Namespaces>(
  locale: Locale,
  messages: MessageSourceOf<Namespaces>,
): TranslateOf<Namespaces> {
  const pluralRules = new Intl.PluralRules(locale);
  const numberFormat = new Intl.NumberFormat(locale);

  const interpolate = (template: string, params: Params | undefined): string =>
    template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params?.[name];
      if (value === undefined) return placeholder;
      return typeof value === 'number' ? numberFormat.format(value) : value;
    });

  const translate = (key: string, params?: Params): string => {
    const message = lookup(messages, key);
    if (typeof message === 'string') return interpolate(message, params);
    if (isRecord(message) && typeof message['other'] === 'string') {
      const count = params?.['count'];
      const form = typeof count === 'number' ? message[pluralRules.select(count)] : undefined;
      return interpolate(typeof form === 'string' ? form : message['other'], params);
    }
    // Unreachable for typed keys; showing the key beats showing nothing.
    return key;
  };
  return translate;
}
