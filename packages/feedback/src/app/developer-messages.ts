/**
 * What the module tells the cabinet's developers, in English and in the console, prefixed with the
 * package's name: the seller's screen says that something is wrong, this says what to change.
 * A chunk of its own, loaded only when there is something to say: a host wired correctly never
 * downloads it.
 * Every message names the prop; none carries a prop's value beyond the names and paths a
 * developer set (a token getter, a seller context or an order id is never printed).
 */
import { createTranslator, type Translate } from '../shared/i18n';
import { en } from './catalogs';

const prefix = '[@seller-support/feedback]';

export function developerError(message: string): void {
  // eslint-disable-next-line no-console -- the console is where a host's developers look
  console.error(`${prefix} ${message}`);
}

export function developerWarning(message: string): void {
  // eslint-disable-next-line no-console -- the console is where a host's developers look
  console.warn(`${prefix} ${message}`);
}

/** Edits (insert, delete, replace a letter) from one name to the other, case aside. */
function editDistance(from: string, to: string): number {
  const a = from.toLowerCase();
  const b = to.toLowerCase();
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known name closest to a misspelt one, if any is close enough to be what was meant. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (best === undefined || distance < best.distance) best = { name: candidate, distance };
  }
  // A third of the name: `profileURL` → `profileUrl`, `local` → `locale`, but not `color` → `locale`.
  return best !== undefined && best.distance <= Math.max(2, Math.floor(name.length / 3))
    ? best.name
    : undefined;
}

/** Warns about props the module does not know: a typo is otherwise dropped without a word. */
export function warnUnknownProps(unknown: readonly string[], known: readonly string[]): void {
  for (const name of unknown) {
    const suggestion = closestName(name, known);
    developerWarning(
      `unknown prop '${name}' is ignored${suggestion === undefined ? '.' : `: did you mean '${suggestion}'?`} Known props: ${known.join(', ')}.`,
    );
  }
}

/** What a message needs of a bad prop: its name and whether it was passed at all. */
interface NamedProblem {
  prop: string;
  missing: boolean;
}

let english: Translate | undefined;

/** One line per bad prop, as the seller's screen says it, in English whatever the seller's language. */
export function describePropProblems<P extends NamedProblem>(
  problems: readonly P[],
  expectedOf: (t: Translate, problem: P) => string,
): string {
  english ??= createTranslator('en', en);
  const t = english;
  return problems
    .map((problem) => {
      const params = { prop: problem.prop, expected: expectedOf(t, problem) };
      return `  - ${problem.missing ? t('module.invalidProps.missing', params) : t('module.invalidProps.invalid', params)}`;
    })
    .join('\n');
}
