import * as z from 'zod/mini';
import { locales } from '../shared/i18n';
import type { ModuleEvent } from './events';

/** Returns the seller's current bearer token; called before every request, never stored. */
export type AccessTokenGetter = () => string | Promise<string>;

export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];

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

// Only http(s) and root-relative paths: a `javascript:` URL from a host must never become a link.
const urlOrPathSchema = z.string().check(z.refine((value) => isHttpUrl(value) || isAbsolutePath(value)));

// The API client appends paths to the base, so a query or fragment in it has no sensible meaning.
const apiBaseUrlSchema = z
  .string()
  .check(z.refine((value) => (isHttpUrl(value) || isAbsolutePath(value)) && !/[?#]/.test(value)));

/**
 * The props a host passes to `mount` and `update`. Parsed on every mount and update;
 * keys not listed here (single-spa's own `name`, `singleSpa`, `mountParcel`, `domElement`, …)
 * are dropped.
 */
export const hostPropsSchema = z.object({
  /** Base URL of the support API: an http(s) URL or a root-relative path such as `/api/seller-support/v1`. */
  apiBaseUrl: apiBaseUrlSchema,
  /** Returns the current bearer token; read on every request, so a refreshed token is used at once. */
  getAccessToken: z.custom<AccessTokenGetter>(isFunction),
  /** Called when the API answers 401: the host owns the session and decides what to do. */
  onSessionExpired: z.optional(z.custom<() => void>(isFunction)),
  locale: z._default(z.enum(locales), 'ru'),
  theme: z._default(z.enum(themes), 'light'),
  /** The route the module lives under in the host. */
  basePath: z._default(z.string().check(z.refine(isAbsolutePath)), '/support'),
  /** The cabinet's profile page, linked from the read-only seller identity. */
  profileUrl: z.optional(urlOrPathSchema),
  /** CSP nonce put on the module's one `<style>` element. */
  nonce: z.optional(z.string()),
  /** Receives every {@link ModuleEvent}; the same events also bubble from the module's element. */
  onEvent: z.optional(z.custom<(event: ModuleEvent) => void>(isFunction)),
});

/** Host props after parsing: defaults applied. */
export type HostProps = z.output<typeof hostPropsSchema>;
/** Host props as a host writes them: optional props may be left out. */
export type HostPropsInput = z.input<typeof hostPropsSchema>;
export type HostPropName = keyof HostProps;

const hostPropNames: ReadonlySet<string> = new Set(Object.keys(hostPropsSchema.def.shape));

function isHostPropName(name: unknown): name is HostPropName {
  return typeof name === 'string' && hostPropNames.has(name);
}

/** One prop that failed validation; `missing` tells "not passed" from "passed but wrong". */
export interface HostPropProblem {
  prop: HostPropName;
  missing: boolean;
}

export type HostPropsResult = { ok: true; props: HostProps } | { ok: false; problems: HostPropProblem[] };

export function parseHostProps(input: Readonly<Record<string, unknown>>): HostPropsResult {
  const result = z.safeParse(hostPropsSchema, input);
  if (result.success) return { ok: true, props: result.data };
  const problems = new Map<HostPropName, HostPropProblem>();
  for (const issue of result.error.issues) {
    const prop = issue.path[0];
    if (isHostPropName(prop) && !problems.has(prop)) {
      problems.set(prop, { prop, missing: input[prop] === undefined });
    }
  }
  return { ok: false, problems: [...problems.values()] };
}

/**
 * What the module needs even on its error screens (language, theme, nonce, the event callback),
 * taken from the props one by one, so one bad prop does not also cost the seller their language
 * or the host its `module-failed` event.
 */
export interface FailSafeProps {
  locale: HostProps['locale'];
  theme: HostProps['theme'];
  nonce: HostProps['nonce'];
  onEvent: HostProps['onEvent'];
}

export function failSafeProps(input: Readonly<Record<string, unknown>>): FailSafeProps {
  const { shape } = hostPropsSchema.def;
  const locale = z.safeParse(shape.locale, input['locale']);
  const theme = z.safeParse(shape.theme, input['theme']);
  const nonce = z.safeParse(shape.nonce, input['nonce']);
  const onEvent = z.safeParse(shape.onEvent, input['onEvent']);
  return {
    locale: locale.success ? locale.data : 'ru',
    theme: theme.success ? theme.data : 'light',
    nonce: nonce.success ? nonce.data : undefined,
    onEvent: onEvent.success ? onEvent.data : undefined,
  };
}
