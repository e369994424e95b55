import type {
  MessageKeyOf,
  MessageParamsOf,
  MessagePartOf,
  MessageSourceOf,
  MessagesOf,
  TranslateArgsOf,
  TranslateOf,
  UiNamespaces,
} from '@seller-support/ui';
import type { askFormTopicRu } from './namespaces/ask-form-topics';
import type { attachmentsRu } from './namespaces/attachments';
import type { channelLinkRu } from './namespaces/channel-link';
import type { sharedRu } from './ru';

/** The languages the module speaks (those of the shared components). Russian is the default. */
export { locales } from '@seller-support/ui';
export type { Locale } from '@seller-support/ui';

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
 * fails the type check if it leaves out a namespace someone declared. The shared components'
 * namespaces (`snapshot`, @seller-support/ui) are the module's too: it loads their catalogs as it
 * loads its own (app/load-catalog.ts).
 */
export interface Namespaces extends UiNamespaces {
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
export type MessagePart = MessagePartOf<Namespaces>;

/** What a translator reads: a whole language (tests, stories), or the parts of one that are here, looked up in turn. */
export type MessageSource = MessageSourceOf<Namespaces>;

/** Every dotted path to a message, e.g. `'ask.identity.title'`. */
export type MessageKey = MessageKeyOf<Namespaces>;

/** The parameters a message needs, read from the `{name}` placeholders of its Russian text. */
export type MessageParams<K extends MessageKey> = MessageParamsOf<Namespaces, K>;

export type TranslateArgs<K extends MessageKey> = TranslateArgsOf<Namespaces, K>;

/** `t('ask.identity.orders', { count: 3 })`: keys and parameters are checked by TypeScript. */
export type Translate = TranslateOf<Namespaces>;
