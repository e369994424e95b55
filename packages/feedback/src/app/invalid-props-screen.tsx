import { useEffect } from 'react';
import { useT } from '../shared/i18n';
import type { HostPropProblem } from './host-props';
import { useEmitModuleEvent } from './module-events';

export interface InvalidPropsScreenProps {
  problems: HostPropProblem[];
}

/**
 * Shown instead of the module when the host passed bad props. It is aimed at the cabinet's
 * developers as much as at the seller, so every line names the prop and what was expected.
 */
export function InvalidPropsScreen({ problems }: InvalidPropsScreenProps) {
  const t = useT();
  const emit = useEmitModuleEvent();
  const propNames = problems.map(({ prop }) => prop).join(',');

  // Once per distinct set of bad props, not on every re-render or identical update.
  useEffect(() => {
    emit({ type: 'module-failed', reason: 'invalid-props', props: propNames.split(',') });
  }, [emit, propNames]);

  return (
    <div className="ss-alert" role="alert">
      <h1 className="ss-alert__title">{t('module.invalidProps.title')}</h1>
      <p>{t('module.invalidProps.body')}</p>
      <ul>
        {problems.map(({ prop, missing, conflict }) => {
          const expected = t(`module.invalidProps.expected.${conflict ?? prop}`);
          const params = { prop, expected };
          return (
            <li key={prop}>
              {missing ? t('module.invalidProps.missing', params) : t('module.invalidProps.invalid', params)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
