import * as z from 'zod/mini';
import { omittedAs } from './common';
import { named } from './registry';
import { isOneOf, orFallback, siftedList, unknownValueOf, type Open, type UnknownValue } from './tolerance';

const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day such as "08:00"'));

/**
 * A channel's text in the languages the module speaks, beside the default text (`label`, `hours`,
 * `region`), which stays required: a server that sends no translations, or a client in another
 * language, still has the default. Either language may be missing.
 */
export const localizedTextSchema = named(
  z.object({ ru: z.optional(z.string()), en: z.optional(z.string()) }),
  'LocalizedText',
  'A text per language of the module; a missing language falls back to the default text beside it.',
);
/** A text per language of the module (`ru`, `en`); either may be missing. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * The client's reading of {@link localizedTextSchema}: a translation that is not a string is
 * dropped (the default text stands), and a whole map that is not an object reads as none.
 */
const receivedLocalizedTextSchema = orFallback(
  z.object({
    ru: z.optional(orFallback(z.string(), undefined)),
    en: z.optional(orFallback(z.string(), undefined)),
  }),
  undefined,
);

/**
 * The channel kinds' shapes, with the translations read strictly (the contract, what mocks send) or
 * tolerantly (what a client accepts): a broken translation must not cost the seller the channel.
 */
function channelShapes<T extends z.ZodMiniType>(localized: T) {
  const labels = { label: z.string(), labels: z.optional(localized) };
  return [
    z.object({
      kind: z.literal('phone'),
      ...labels,
      value: z.string(),
      /** Free hotline when true; regional numbers are paid. */
      free: z.boolean(),
      region: z.nullable(z.string()),
      regionLabels: z.optional(localized),
      hours: z.optional(z.string()),
      hoursLabels: z.optional(localized),
    }),
    z.object({ kind: z.literal('email'), ...labels, value: z.string() }),
    z.object({
      kind: z.literal('compliance'),
      ...labels,
      value: z.string(),
      url: z.optional(z.string()),
    }),
    z.object({ kind: z.literal('post'), ...labels, value: z.string() }),
    z.object({ kind: z.literal('chat'), ...labels, url: z.string() }),
    z.object({ kind: z.literal('community'), ...labels, url: z.string() }),
  ] as const;
}

/** Kinds of channel this version of the contract lists. */
export const channelKinds = ['phone', 'email', 'compliance', 'post', 'chat', 'community'] as const;

const knownChannelSchema = z.discriminatedUnion('kind', channelShapes(localizedTextSchema));
const receivedKnownChannelSchema = z.discriminatedUnion('kind', channelShapes(receivedLocalizedTextSchema));

/** Another way to reach support (phone, e-mail, compliance line, post, chat, community). */
export const channelSchema = named(knownChannelSchema, 'Channel');
/** Another way to reach support (phone, e-mail, compliance line, post, chat, community). */
export type Channel = z.infer<typeof channelSchema>;
/** The `kind` tag of a {@link Channel}. */
export type ChannelKind = Channel['kind'];
/** Whether a channel kind read from a server is one this version of the contract lists. */
export function isKnownChannelKind(kind: string): kind is ChannelKind {
  return isOneOf(channelKinds, kind);
}

/**
 * A channel of a kind this version does not list: a label, and a value or an address where the
 * server gives one, so the seller can still use it.
 */
const unknownChannelSchema = z.object({
  kind: unknownValueOf(channelKinds),
  label: z.string(),
  labels: z.optional(receivedLocalizedTextSchema),
  value: z.optional(orFallback(z.string(), undefined)),
  url: z.optional(orFallback(z.string(), undefined)),
});
/** A channel of a kind this version of the contract does not list. */
export interface UnknownChannel {
  kind: UnknownValue;
  label: string;
  labels?: ReceivedLocalizedText | undefined;
  value?: string | undefined;
  url?: string | undefined;
}

/** The client's reading of {@link channelSchema}: a channel of an unknown kind is kept with what it has. */
export const receivedChannelSchema = z.union([receivedKnownChannelSchema, unknownChannelSchema]);
/**
 * A channel as a client reads it: a known one, or one of a kind this version does not list.
 * `kind` does not narrow it until {@link isKnownChannel} has ruled the unknown one out.
 */
export type ReceivedChannel = ReceivedKnownChannel | UnknownChannel;
/** A channel of a kind this version lists, as a client reads it (translations that could be read). */
export type ReceivedKnownChannel = z.output<typeof receivedKnownChannelSchema>;
/** A {@link LocalizedText} as a client reads it. */
export type ReceivedLocalizedText = z.output<typeof receivedLocalizedTextSchema>;
/** Whether a channel read from a server is of a kind this version lists. */
export function isKnownChannel(channel: ReceivedChannel): channel is ReceivedKnownChannel {
  return isKnownChannelKind(channel.kind);
}
/** The kind of a channel as a client reads it. */
export type ReceivedChannelKind = Open<ChannelKind>;

/** Limits on attachments; the server enforces them by content. */
export const attachmentPolicySchema = named(
  z.object({
    maxFileBytes: z.int().check(z.positive()),
    maxTotalBytes: z.int().check(z.positive()),
    maxFiles: z.int().check(z.positive()),
    types: z.array(z.string()).check(z.minLength(1)),
  }),
  'AttachmentPolicy',
);
/** Limits on attachments; the server enforces them by content. */
export type AttachmentPolicy = z.infer<typeof attachmentPolicySchema>;

/** How support works: body of `GET /policy`. */
export const policySchema = named(
  z.object({
    /** IANA time zone the day and night hours are counted in. */
    timeZone: z.string().check(z.minLength(1)),
    dayHours: z.object({ from: clockTime, to: clockTime }),
    firstResponseMinutes: z.object({
      day: z.int().check(z.positive()),
      night: z.int().check(z.positive()),
    }),
    reopenWithinDays: z.int().check(z.nonnegative()),
    attachments: attachmentPolicySchema,
    channels: z.array(channelSchema),
  }),
  'Policy',
);
/** How support works: body of `GET /policy`. */
export type Policy = z.infer<typeof policySchema>;

/** `GET /policy` as a client reads it: `omittedChannels` counts the channels that could not be read (absent when none). */
export type ReceivedPolicy = Omit<Policy, 'channels'> & {
  channels: ReceivedChannel[];
  omittedChannels?: number | undefined;
};

/** The client's reading of {@link policySchema}. */
export const receivedPolicySchema = z.pipe(
  z.object({ ...policySchema.shape, channels: siftedList(receivedChannelSchema) }),
  z.transform(({ channels, ...policy }): ReceivedPolicy => ({
    ...policy,
    channels: channels.kept,
    ...omittedAs('omittedChannels', channels),
  })),
);
