import type { ReceivedSellerContext } from '@seller-support/contract';
import { ContextSnapshotCard } from '@seller-support/ui';
import { useMemo } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useLocale, useT } from '../../../../shared/i18n';
import { buildContextSnapshot, currentEnvironment } from '../../model/build-ticket-body';
import { moduleVersion } from '../../model/module-version';
import type { FormControl } from '../form-controls';

/** What support will see with the request, as the form stands: the seller may drop an order from it. */
export function Preview({ control, context }: { control: FormControl; context: ReceivedSellerContext }) {
  const t = useT();
  const locale = useLocale();
  const { field } = useController({ control, name: 'orders' });
  const confidential = useWatch({ control, name: 'confidential' });
  const orders = field.value;
  const snapshot = useMemo(
    () => buildContextSnapshot({ orders }, context, currentEnvironment(moduleVersion, locale)),
    [orders, context, locale],
  );
  return (
    // The card is the labelled region ("What support will see"); this only adds the hint above it.
    <div className="ask-form__preview">
      <p className="ss-muted">{t('askForm.preview.hint')}</p>
      <ContextSnapshotCard
        snapshot={snapshot}
        confidential={confidential}
        onRemoveOrder={(orderId) => field.onChange(orders.filter((order) => order.id !== orderId))}
      />
    </div>
  );
}
