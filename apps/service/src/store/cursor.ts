import * as z from 'zod/mini';
import { fieldProblem } from '../http/problem';

/**
 * Opaque keyset cursors: the sort key of the last item a page returned, in base64url JSON, tagged
 * with the list it belongs to. Unlike an offset, a keyset holds its place when rows are added
 * before it. A cursor this server did not issue for this list is a 422 naming `cursor`.
 */
export function cursorCodec<S extends z.ZodMiniType>(list: string, keySchema: S, param = 'cursor') {
  const envelope = z.object({ l: z.literal(list), k: z.unknown() });
  return {
    encode(key: z.input<S>): string {
      return Buffer.from(JSON.stringify({ l: list, k: key })).toString('base64url');
    },
    decode(cursor: string | undefined): z.output<S> | null {
      if (cursor === undefined) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      } catch {
        parsed = undefined;
      }
      const result = z.safeParse(envelope, parsed);
      const key = result.success ? z.safeParse(keySchema, result.data.k) : null;
      if (!/^[\w-]+$/.test(cursor) || key === null || !key.success)
        throw fieldProblem(param, 'is not a cursor this server issued for this list', 'invalid');
      return key.data;
    },
  };
}
