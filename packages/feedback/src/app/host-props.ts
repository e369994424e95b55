import {
  idSchema,
  receivedSellerContextSchema,
  topics,
  topicSchema,
  type SellerContext,
  type Topic,
} from '@seller-support/contract';
import * as z from 'zod/mini';
import { locales, type Locale } from '../shared/i18n';
import { localeOfProp } from '../shared/i18n/page-locale';
import { defaultBasePath, isAbsolutePath } from '../shared/routing/base-path';
import {
  isSafeThemeTokenValue,
  themeTokenNames,
  themeTokenStyle,
  type ThemeTokens,
  type ThemeTokenStyle,
} from '../shared/ui/theme-tokens';
import type { ModuleEvent } from './events';

/** Returns the seller's current bearer token; called before every request, never stored. */
export type AccessTokenGetter = () => string | Promise<string>;

/** The module's two colour schemes; design tokens adjust either. */
export const themeBases = ['light', 'dark'] as const;
export type ThemeBase = (typeof themeBases)[number];

const themeBaseSchema = z.enum(themeBases);

const themeTokensSchema = z.partialRecord(
  z.enum(themeTokenNames),
  z.string().check(z.refine(isSafeThemeTokenValue)),
);

/** A colour scheme with some design tokens set by the host. */
export interface CustomTheme {
  /** The scheme the tokens adjust; `light` when left out. */
  base?: ThemeBase | undefined;
  tokens: ThemeTokens;
}

/** `light`, `dark`, or a scheme with design tokens of the host's. */
export type Theme = ThemeBase | CustomTheme;

const themeSchema = z.union([
  themeBaseSchema,
  z.strictObject({ base: z.optional(themeBaseSchema), tokens: themeTokensSchema }),
]);

/** A theme as the shadow host applies it: the scheme, and the custom properties to set. */
export interface ResolvedTheme {
  base: ThemeBase;
  tokens: ThemeTokenStyle | undefined;
}

export function resolveTheme(theme: Theme): ResolvedTheme {
  if (typeof theme === 'string') return { base: theme, tokens: undefined };
  return { base: theme.base ?? 'light', tokens: themeTokenStyle(theme.tokens) };
}

/** How many orders a host may preselect; more is a host bug, not a seller's choice. */
export const maxInitialOrderIds = 20;

const isFunction = (value: unknown) => typeof value === 'function';

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

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
  /** `light`, `dark`, or `{ base?, tokens }` with design tokens from the closed list in theme-tokens.ts. */
  theme: z._default(themeSchema, 'light'),
  /** The route the module lives under in the host. */
  basePath: z._default(z.string().check(z.refine(isAbsolutePath)), defaultBasePath),
  /** The cabinet's profile page, linked from the read-only seller identity. */
  profileUrl: z.optional(urlOrPathSchema),
  /**
   * The seller's context (the body of `GET /context`) when the cabinet already has it: it fills the
   * module's cache, so the module does not ask for it again. Read as the module reads `GET /context`:
   * values this version does not list are kept.
   */
  seller: z.optional(receivedSellerContextSchema),
  /** The topic the form opens with (e.g. from a "report a problem with this order" button). */
  initialTopic: z.optional(topicSchema),
  /** Orders the form opens with already chosen. */
  initialOrderIds: z.optional(z.array(idSchema).check(z.maxLength(maxInitialOrderIds))),
  /** Topics this cabinet does not offer; at least one must stay, and not the `initialTopic`. */
  hiddenTopics: z.optional(z.array(topicSchema)),
  /** CSP nonce put on each of the module's `<style>` elements (the frame's and each screen's). */
  nonce: z.optional(z.string()),
  /** Receives every {@link ModuleEvent}; the same events also bubble from the module's element. */
  onEvent: z.optional(z.custom<(event: ModuleEvent) => void>(isFunction)),
});

/** Host props after parsing: defaults applied. */
export type HostProps = z.output<typeof hostPropsSchema>;
export type HostPropName = keyof HostProps;

/**
 * The props a host passes to `mount` and `update` (its single-spa `customProps`), as it writes
 * them. Written out rather than inferred from the schema, so a host reads them in its editor and
 * the package's API report shows every change; `hostPropsInputMatches` keeps the two in step.
 */
export interface HostPropsInput {
  /** Base URL of the support API: an http(s) URL or a root-relative path such as `/api/seller-support/v1`. No query or fragment. */
  apiBaseUrl: string;
  /** Returns the current bearer token; read on every request, so a refreshed token is used at once. */
  getAccessToken: AccessTokenGetter;
  /** Called when the API answers 401: the host owns the session and decides what to do. */
  onSessionExpired?: (() => void) | undefined;
  /** The module's language; `ru` when left out. */
  locale?: Locale | undefined;
  /** `light` (the default), `dark`, or `{ base?, tokens }` with design tokens of the host's. */
  theme?: Theme | undefined;
  /** The route the module lives under in the host (`/support` when left out): where single-spa activates it. */
  basePath?: string | undefined;
  /** The cabinet's profile page, linked from the read-only seller identity: an http(s) URL or a root-relative path. */
  profileUrl?: string | undefined;
  /** The body of `GET /context` when the cabinet already has it: the module then does not ask for it again. */
  seller?: SellerContext | undefined;
  /** The topic the form opens with (e.g. from a "report a problem with this order" button). */
  initialTopic?: Topic | undefined;
  /** Orders the form opens with already chosen: at most 20 ids. */
  initialOrderIds?: string[] | undefined;
  /** Topics this cabinet does not offer; at least one must stay, and not the `initialTopic`. */
  hiddenTopics?: Topic[] | undefined;
  /** CSP nonce put on each of the module's `<style>` elements (the frame's and each screen's). */
  nonce?: string | undefined;
  /** Receives every {@link ModuleEvent}; the same events also bubble from the module's element. */
  onEvent?: ((event: ModuleEvent) => void) | undefined;
}

type Accepts<Schema, Written> = [Written] extends [Schema] ? true : false;
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;

/**
 * Fails to compile when the interface and the schema part ways: every prop the schema knows is
 * written out, and whatever the interface allows, the schema accepts.
 */
export const hostPropsInputMatches: [
  Accepts<z.input<typeof hostPropsSchema>, HostPropsInput>,
  SameKeys<z.input<typeof hostPropsSchema>, HostPropsInput>,
] = [true, true];

/** Every prop the application knows, for the developer's "did you mean" on a misspelt one. */
export const knownHostPropNames: readonly string[] = Object.keys(hostPropsSchema.def.shape);

const hostPropNames: ReadonlySet<string> = new Set(knownHostPropNames);

function isHostPropName(name: unknown): name is HostPropName {
  return typeof name === 'string' && hostPropNames.has(name);
}

/** Props that are each valid but do not make sense together. */
export type HostPropConflict = 'allTopicsHidden' | 'initialTopicHidden';

/**
 * One prop that failed validation; `missing` tells "not passed" from "passed but wrong", and
 * `conflict` says what is wrong with a value that is valid on its own.
 */
export interface HostPropProblem {
  prop: HostPropName;
  missing: boolean;
  conflict?: HostPropConflict;
}

function conflictsOf({ hiddenTopics, initialTopic }: HostProps): HostPropProblem[] {
  if (hiddenTopics === undefined) return [];
  const hidden = new Set<Topic>(hiddenTopics);
  if (topics.every((topic) => hidden.has(topic))) {
    return [{ prop: 'hiddenTopics', missing: false, conflict: 'allTopicsHidden' }];
  }
  if (initialTopic !== undefined && hidden.has(initialTopic)) {
    return [{ prop: 'hiddenTopics', missing: false, conflict: 'initialTopicHidden' }];
  }
  return [];
}

export type HostPropsResult = { ok: true; props: HostProps } | { ok: false; problems: HostPropProblem[] };

export function parseHostProps(input: Readonly<Record<string, unknown>>): HostPropsResult {
  const result = z.safeParse(hostPropsSchema, input);
  if (result.success) {
    const conflicts = conflictsOf(result.data);
    return conflicts.length === 0 ? { ok: true, props: result.data } : { ok: false, problems: conflicts };
  }
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
  const theme = z.safeParse(shape.theme, input['theme']);
  const nonce = z.safeParse(shape.nonce, input['nonce']);
  const onEvent = z.safeParse(shape.onEvent, input['onEvent']);
  return {
    locale: localeOfProp(input['locale']),
    theme: theme.success ? theme.data : 'light',
    nonce: nonce.success ? nonce.data : undefined,
    onEvent: onEvent.success ? onEvent.data : undefined,
  };
}
