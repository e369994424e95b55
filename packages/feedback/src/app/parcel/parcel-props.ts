import { idSchema, topicSchema, type Topic } from '@seller-support/contract';
import * as z from 'zod/mini';
import { knownHostPropNames, parseHostProps, type HostProps, type HostPropProblem } from '../host-props';

const isFunction = (value: unknown) => typeof value === 'function';

/**
 * What only the parcel takes, on top of the application's host props: which order the question
 * is about, its topic, and how the host learns that the seller closed the dialog.
 */
export const parcelPropsSchema = z.object({
  /** The order the seller asks about; it is chosen in the form already. */
  orderId: idSchema,
  /** The topic the form opens with; the host's `initialTopic`, else `orders`. */
  topic: z.optional(topicSchema),
  /** Called once the dialog has closed (and the focus is back on the opener): unmount the parcel then. */
  onClose: z.optional(z.custom<() => void>(isFunction)),
});

export type ParcelOnlyProps = z.output<typeof parcelPropsSchema>;
export type ParcelPropName = keyof ParcelOnlyProps;

/**
 * What the parcel takes on top of the application's {@link HostPropsInput}, as a host writes it.
 * Written out for the host's editor and the API report; `parcelPropsInputMatches` keeps it in
 * step with the schema.
 */
export interface ParcelPropsInput {
  /** The order the seller asks about; it is chosen in the form already. */
  orderId: string;
  /** The topic the form opens with; the host's `initialTopic`, else `orders`. */
  topic?: Topic | undefined;
  /** Called once the dialog has closed (and the focus is back on the opener): unmount the parcel then. */
  onClose?: (() => void) | undefined;
}

type Accepts<Schema, Written> = [Written] extends [Schema] ? true : false;
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;

/** Fails to compile when the interface and the schema part ways. */
export const parcelPropsInputMatches: [
  Accepts<z.input<typeof parcelPropsSchema>, ParcelPropsInput>,
  SameKeys<z.input<typeof parcelPropsSchema>, ParcelPropsInput>,
] = [true, true];

/** The parcel's props after parsing; `topic` resolved. */
export type ParcelProps = HostProps & Omit<ParcelOnlyProps, 'topic'> & { topic: Topic };

/** A parcel prop that failed validation, or the topic the host also hid. */
export interface ParcelPropProblem {
  prop: ParcelPropName;
  missing: boolean;
  conflict?: 'topicHidden';
}

export type AnyPropProblem = HostPropProblem | ParcelPropProblem;

export type ParcelPropsResult = { ok: true; props: ParcelProps } | { ok: false; problems: AnyPropProblem[] };

const parcelPropNames: ReadonlySet<string> = new Set(Object.keys(parcelPropsSchema.def.shape));

/** Every prop the parcel knows: the application's and its own. */
export const knownParcelPropNames: readonly string[] = [...knownHostPropNames, ...parcelPropNames];

function isParcelPropName(name: unknown): name is ParcelPropName {
  return typeof name === 'string' && parcelPropNames.has(name);
}

function parcelProblems(input: Readonly<Record<string, unknown>>): {
  problems: ParcelPropProblem[];
  props: ParcelOnlyProps | null;
} {
  const result = z.safeParse(parcelPropsSchema, input);
  if (result.success) return { problems: [], props: result.data };
  const problems = new Map<ParcelPropName, ParcelPropProblem>();
  for (const issue of result.error.issues) {
    const prop = issue.path[0];
    if (isParcelPropName(prop) && !problems.has(prop)) {
      problems.set(prop, { prop, missing: input[prop] === undefined });
    }
  }
  return { problems: [...problems.values()], props: null };
}

/**
 * Parses the parcel's props: the host props with the application's own parser (same rules, same
 * messages), then the parcel's. Every problem of both is reported at once.
 */
export function parseParcelProps(input: Readonly<Record<string, unknown>>): ParcelPropsResult {
  const host = parseHostProps(input);
  const parcel = parcelProblems(input);
  if (!host.ok || parcel.props === null) {
    return { ok: false, problems: [...(host.ok ? [] : host.problems), ...parcel.problems] };
  }
  const topic = parcel.props.topic ?? host.props.initialTopic ?? 'orders';
  if (host.props.hiddenTopics?.includes(topic) === true) {
    return {
      ok: false,
      problems: [{ prop: 'topic', missing: parcel.props.topic === undefined, conflict: 'topicHidden' }],
    };
  }
  return { ok: true, props: { ...host.props, ...parcel.props, topic } };
}

/** The host's close callback even when other props are wrong: an error in a dialog must still close. */
export function failSafeOnClose(input: Readonly<Record<string, unknown>>): (() => void) | undefined {
  const onClose = z.safeParse(parcelPropsSchema.def.shape.onClose, input['onClose']);
  return onClose.success ? onClose.data : undefined;
}

/** The order id for the dialog's title even when other props are wrong. */
export function failSafeOrderId(input: Readonly<Record<string, unknown>>): string | undefined {
  const orderId = z.safeParse(parcelPropsSchema.def.shape.orderId, input['orderId']);
  return orderId.success ? orderId.data : undefined;
}

/** The draft of the form about one order: its own, apart from the support page's and other orders'. */
export const orderQuestionDraftScope = (orderId: string): string => `order:${orderId}`;
