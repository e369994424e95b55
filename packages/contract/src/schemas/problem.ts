import * as z from 'zod/mini';
import { named } from './registry';

/** RFC 9457 problem details; `errors[].path` is a dot path into the request body. */
export const problemSchema = named(
  z.looseObject({
    type: z._default(z.string(), 'about:blank'),
    title: z.optional(z.string()),
    status: z.int(),
    detail: z.optional(z.string()),
    errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  }),
  'Problem',
);
/** RFC 9457 problem details, the body of every error response. */
export type Problem = z.infer<typeof problemSchema>;
