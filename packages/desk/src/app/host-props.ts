import * as z from 'zod/mini';
import { deskLocales, type DeskLocale } from '../shared/i18n/i18n';

/** Returns the moderator's current bearer token; called before every request, never stored. */
export type AccessTokenGetter = () => string | Promise<string>;

export const deskThemes = ['light', 'dark'] as const;
export type DeskTheme = (typeof deskThemes)[number];

const isFunction = (value: unknown) => typeof value === 'function';

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

// A root-relative path ("/api"), not a protocol-relative one ("//evil.example").
const isAbsolutePath = (value: string) => value.startsWith('/') && !value.startsWith('//');

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The props a host passes to `mount` and `update`, parsed on each. Keys not listed (single-spa's
 * `name`, `singleSpa`, `mountParcel`, …) are dropped.
 */
export const deskHostPropsSchema = z.object({
  /** Base URL of the desk API: an http(s) URL or a root-relative path such as `/api/desk/v1`; no query or fragment. */
  apiBaseUrl: z
    .string()
    .check(z.refine((value) => (isHttpUrl(value) || isAbsolutePath(value)) && !/[?#]/.test(value))),
  /** Returns the moderator's token; read on every request, so a renewed token is used at once. */
  getAccessToken: z.custom<AccessTokenGetter>(isFunction),
  locale: z._default(z.enum(deskLocales), 'ru'),
  theme: z._default(z.enum(deskThemes), 'light'),
  /** The route the desk lives under in the back office. */
  basePath: z._default(
    z.string().check(z.refine((value) => isAbsolutePath(value) && !value.endsWith('/'))),
    '/desk',
  ),
  /**
   * The response policy's time zone, in which due times are shown (the desk API has no policy of
   * its own to read it from): Moscow, the support's, unless the host says otherwise.
   */
  timeZone: z._default(z.string().check(z.refine(isTimeZone)), 'Europe/Moscow'),
  /** CSP nonce put on the desk's `<style>` elements. */
  nonce: z.optional(z.string()),
});

export type DeskHostProps = z.output<typeof deskHostPropsSchema>;

/** The props as a host writes them. */
export type DeskHostPropsInput = z.input<typeof deskHostPropsSchema>;

export type ParsedDeskProps = { ok: true; props: DeskHostProps } | { ok: false; invalid: string[] };

/** The host's props, or the names of the ones that are wrong (a missing one counts). */
export function parseDeskHostProps(raw: Readonly<Record<string, unknown>>): ParsedDeskProps {
  const parsed = z.safeParse(deskHostPropsSchema, raw);
  if (parsed.success) return { ok: true, props: parsed.data };
  const invalid = [...new Set(parsed.error.issues.map(({ path }) => String(path[0] ?? '?')))];
  return { ok: false, invalid };
}

/** Language and theme even when other props are wrong, so an error shows in the moderator's language. */
export function failSafeDeskProps(raw: Readonly<Record<string, unknown>>): {
  locale: DeskLocale;
  theme: DeskTheme;
  nonce: string | undefined;
} {
  const locale = z.safeParse(z.enum(deskLocales), raw['locale']);
  const theme = z.safeParse(z.enum(deskThemes), raw['theme']);
  const nonce = raw['nonce'];
  return {
    locale: locale.success ? locale.data : 'ru',
    theme: theme.success ? theme.data : 'light',
    nonce: typeof nonce === 'string' ? nonce : undefined,
  };
}
