import { topics } from '@seller-support/contract';
import { useEffect } from 'react';
import { useT, type Translate } from '../../shared/i18n';
import { useEmitModuleEvent } from '../module-events';
import type { AnyPropProblem } from './parcel-props';

export interface ParcelInvalidPropsProps {
  problems: AnyPropProblem[];
}

function expectedOf(t: Translate, problem: AnyPropProblem): string {
  switch (problem.prop) {
    case 'orderId':
    case 'onClose':
      return t(`parcel.invalidProps.expected.${problem.prop}`);
    case 'topic':
      return problem.conflict === 'topicHidden'
        ? t('parcel.invalidProps.topicHidden')
        : t('parcel.invalidProps.expected.topic', { topics: topics.join(', ') });
    default:
      return t(`module.invalidProps.expected.${problem.conflict ?? problem.prop}`);
  }
}

/**
 * The application's invalid-props screen, for the parcel: the same title, text and report to the
 * host (`module-failed`, names only), with the parcel's own props (`orderId`, `topic`, `onClose`)
 * explained as well. It sits inside the dialog, so the seller can still close it.
 */
export function ParcelInvalidProps({ problems }: ParcelInvalidPropsProps) {
  const t = useT();
  const emit = useEmitModuleEvent();
  const propNames = problems.map(({ prop }) => prop).join(',');

  // Once per distinct set of bad props, not on every re-render or identical update.
  useEffect(() => {
    emit({ type: 'module-failed', reason: 'invalid-props', props: propNames.split(',') });
  }, [emit, propNames]);

  return (
    <div className="ss-alert" role="alert">
      <h3 className="ss-alert__title">{t('module.invalidProps.title')}</h3>
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
