import * as z from 'zod/mini';
import { named } from './registry';

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

/** Another way to reach support (phone, e-mail, compliance line, post, chat, community). */
export const channelSchema = named(
  z.discriminatedUnion('kind', [
    phoneChannel,
    emailChannel,
    complianceChannel,
    postChannel,
    chatChannel,
    communityChannel,
  ]),
  'Channel',
);
/** Another way to reach support (phone, e-mail, compliance line, post, chat, community). */
export type Channel = z.infer<typeof channelSchema>;
/** The `kind` tag of a {@link Channel}. */
export type ChannelKind = Channel['kind'];

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
