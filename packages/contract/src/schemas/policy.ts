import * as z from 'zod/mini';
import { omittedAs } from './common';
import { named } from './registry';
import { isOneOf, orFallback, siftedList, unknownValueOf, type Open, type UnknownValue } from './tolerance';

const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day such as "08:00"'));

const phoneChannel = z.object({
  kind: z.literal('phone'),
  label: z.string(),
  value: z.string(),
  /** Free hotline when true; regional numbers are paid. */
  free: z.boolean(),
  region: z.nullable(z.string()),
  hours: z.optional(z.string()),
});
const emailChannel = z.object({ kind: z.literal('email'), label: z.string(), value: z.string() });
const complianceChannel = z.object({
  kind: z.literal('compliance'),
  label: z.string(),
  value: z.string(),
  url: z.optional(z.string()),
});
const postChannel = z.object({ kind: z.literal('post'), label: z.string(), value: z.string() });
const chatChannel = z.object({ kind: z.literal('chat'), label: z.string(), url: z.string() });
const communityChannel = z.object({ kind: z.literal('community'), label: z.string(), url: z.string() });

/** Kinds of channel this version of the contract lists. */
export const channelKinds = ['phone', 'email', 'compliance', 'post', 'chat', 'community'] as const;

const knownChannelSchema = z.discriminatedUnion('kind', [
  phoneChannel,
  emailChannel,
  complianceChannel,
  postChannel,
  chatChannel,
  communityChannel,
]);

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
  value: z.optional(orFallback(z.string(), undefined)),
  url: z.optional(orFallback(z.string(), undefined)),
});
/** A channel of a kind this version of the contract does not list. */
export interface UnknownChannel {
  kind: UnknownValue;
  label: string;
  value?: string | undefined;
  url?: string | undefined;
}

/** The client's reading of {@link channelSchema}: a channel of an unknown kind is kept with what it has. */
export const receivedChannelSchema = z.union([knownChannelSchema, unknownChannelSchema]);
/**
 * A channel as a client reads it: a known one, or one of a kind this version does not list.
 * `kind` does not narrow it until {@link isKnownChannel} has ruled the unknown one out.
 */
export type ReceivedChannel = Channel | UnknownChannel;
/** Whether a channel read from a server is of a kind this version lists. */
export function isKnownChannel(channel: ReceivedChannel): channel is Channel {
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
