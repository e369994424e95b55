import type { askFormTopicRu } from './namespaces/ask-form-topics';
import type { attachmentsRu } from './namespaces/attachments';
import type { channelLinkRu } from './namespaces/channel-link';
import type { sharedRu } from './ru';
import type { MessagesOf } from './shape';

/** The languages the module speaks. Russian is the default. */
export const locales = ['ru', 'en'] as const;
export type Locale = (typeof locales)[number];

type SharedRu = typeof sharedRu;

/**
 * Every namespace's Russian messages, by name: the source of the message keys, of their `{name}`
 * placeholders and of the shape every language fills. This file declares the shared namespaces;
 * a feature adds its own by declaration merging, in the file that holds them:
 *
 *     declare module '../../../shared/i18n/messages' {
 *       interface Namespaces {
 *         readonly help: typeof helpRu;
 *       }
 *     }
 *
 * so shared code names no feature, and the app, which assembles the languages (app/catalogs.ts),
 * fails the type check if it leaves out a namespace someone declared.
 */
export interface Namespaces {
  readonly common: SharedRu['common'];
  readonly module: SharedRu['module'];
  readonly errors: SharedRu['errors'];
  readonly ask: SharedRu['ask'];
  readonly attachments: typeof attachmentsRu;
  readonly askForm: AskFormNamespace;
  readonly channels: ChannelsNamespace;
}

/**
 * The request form's namespace is the ask feature's, but its topic names are everyone's: the
 * requests list filters by topic and the request page shows it. Shared declares that part; the
 * ask feature merges the rest of the form's messages into this interface.
 */
export interface AskFormNamespace {
  readonly topic: typeof askFormTopicRu;
}

/**
 * The channels namespace is the channels feature's, but a channel link (shared UI, on the request
 * form too) brings its own words: shared declares those; the feature merges in the rest.
 */
export interface ChannelsNamespace extends SharedChannels {}
type SharedChannels = typeof channelLinkRu;

/** The shape every language must fill: the namespaces' keys, any string (or plural form set) as a value. */
export type Messages = MessagesOf<Namespaces>;

/**
 * Some of a language's messages: whole namespaces, or some of a namespace's groups, as one chunk
 * of messages brings them. A language arrives in such parts (the frame's, then each screen's), so
 * that a seller downloads the words of the screens they open, in the language they read.
 */
export type MessagePart = { readonly [Namespace in keyof Messages]?: Partial<Messages[Namespace]> };

/** What a translator reads: a whole language (tests, stories), or the parts of one that are here, looked up in turn. */
export type MessageSource = Messages | readonly MessagePart[];

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | { readonly other: string }
    ? `${Prefix}${K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every dotted path to a message, e.g. `'ask.identity.title'`. */
export type MessageKey = Leaves<Namespaces>;

type At<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : Path extends keyof T
    ? T[Path]
    : never;

type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

// Plural messages always need `count`, even a form that does not print it.
type LeafPlaceholders<Leaf> = Leaf extends string
  ? Placeholders<Leaf>
  : Leaf extends { readonly other: string }
    ? Placeholders<Leaf[keyof Leaf]> | 'count'
    : never;

type KeyPlaceholders<K extends MessageKey> = LeafPlaceholders<At<Namespaces, K>>;

/** The parameters a message needs, read from the `{name}` placeholders of its Russian text. */
export type MessageParams<K extends MessageKey> = {
  readonly [Name in KeyPlaceholders<K>]: Name extends 'count' ? number : string | number;
};

export type TranslateArgs<K extends MessageKey> = [KeyPlaceholders<K>] extends [never]
  ? []
  : [params: MessageParams<K>];

/** `t('ask.identity.orders', { count: 3 })`: keys and parameters are checked by TypeScript. */
export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;
