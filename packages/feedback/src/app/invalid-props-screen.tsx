import { useEffect, type ElementType } from 'react';
import { useT, type Translate } from '../shared/i18n';
import type { HostPropProblem } from './host-props';
import { useEmitModuleEvent } from './module-events';
import { developerMessages } from './unknown-props';

/** What the screen needs of a problem: the prop's name and whether it was passed at all. */
export interface PropProblem {
  prop: string;
  missing: boolean;
}

export interface InvalidPropsScreenProps<P extends PropProblem = HostPropProblem> {
  problems: P[];
  /** What the prop expects, in the seller's language ({@link hostPropExpected} for host props). */
  expectedOf: (t: Translate, problem: P) => string;
  /** `h1` as the module's screen; a lower level inside the parcel's dialog. */
  heading?: ElementType | undefined;
}

/** What a host prop expects, or why its value conflicts with another prop. */
export function hostPropExpected(t: Translate, { prop, conflict }: HostPropProblem): string {
  return t(`module.invalidProps.expected.${conflict ?? prop}`);
}

/**
 * Shown instead of the module when the host passed bad props. It is aimed at the cabinet's
 * developers as much as at the seller, so every line names the prop and what was expected.
 */
export function InvalidPropsScreen<P extends PropProblem = HostPropProblem>({
  problems,
  expectedOf,
  heading: Heading = 'h1',
}: InvalidPropsScreenProps<P>) {
  const t = useT();
  const emit = useEmitModuleEvent();
  const propNames = problems.map(({ prop }) => prop).join(',');

  // Once per distinct set of bad props, not on every re-render or identical update; for the
  // developers also in the console, in English, with what each prop expects.
  useEffect(() => {
    emit({ type: 'module-failed', reason: 'invalid-props', props: propNames.split(',') });
    void developerMessages().then(({ describePropProblems, developerError }) => {
      developerError(
        `the module did not start: invalid props\n${describePropProblems(problems, expectedOf)}`,
      );
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the names of the bad props
  }, [emit, propNames]);

  return (
    <div className="ss-alert" role="alert">
      <Heading className="ss-alert__title">{t('module.invalidProps.title')}</Heading>
      <p>{t('module.invalidProps.body')}</p>
      <ul>
        {problems.map((problem) => {
          const params = { prop: problem.prop, expected: expectedOf(t, problem) };
          return (
            <li key={problem.prop}>
              {problem.missing
                ? t('module.invalidProps.missing', params)
                : t('module.invalidProps.invalid', params)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
