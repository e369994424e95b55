import * as z from 'zod/mini';
import { idSchema } from './common';
import { named } from './registry';

/** An uploaded file: body of `POST /attachments`, and part of message events. */
export const attachmentSchema = named(
  z.object({
    id: idSchema,
    name: z.string(),
    size: z.int().check(z.nonnegative()),
    /** The MIME type the server found by content. */
    type: z.string(),
  }),
  'Attachment',
);
/** An uploaded file: body of `POST /attachments`, and part of message events. */
export type Attachment = z.infer<typeof attachmentSchema>;
