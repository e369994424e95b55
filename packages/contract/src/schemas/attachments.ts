import * as z from 'zod/mini';
import { idSchema, stripControlCharacters } from './common';
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

/**
 * A file name as an upload's part should carry it and a server keep it: the last path segment,
 * without the characters text may not hold (C0/C1 controls such as NUL and BEL, bidi embeddings,
 * overrides and isolates, which can disguise "gnp.exe" as "exe.png"), trimmed, at most 255
 * characters; `''` when nothing is left.
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return Array.from(stripControlCharacters(base).trim()).slice(0, 255).join('');
}
