import * as z from 'zod/mini';
import { idSchema } from './common';
import { named } from './registry';

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
export type Attachment = z.infer<typeof attachmentSchema>;
