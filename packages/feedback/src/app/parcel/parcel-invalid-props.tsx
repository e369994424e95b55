import { topics } from '@seller-support/contract';
import type { Translate } from '../../shared/i18n';
import { hostPropExpected, InvalidPropsScreen } from '../invalid-props-screen';
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
      return hostPropExpected(t, problem);
  }
}

/**
 * The application's invalid-props screen, for the parcel: the same title, text and report to the
 * host (`module-failed`, names only), with the parcel's own props (`orderId`, `topic`, `onClose`)
 * explained as well. It sits inside the dialog, so the seller can still close it.
 */
export function ParcelInvalidProps({ problems }: ParcelInvalidPropsProps) {
  return <InvalidPropsScreen problems={problems} expectedOf={expectedOf} heading="h3" />;
}
