import type { ReceivedSellerContext } from '@seller-support/contract';
import { ContextSnapshotCard } from '@seller-support/ui';
import { useMemo, useState } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useLocale, useT } from '../../../../shared/i18n';
import { useIdle } from '../../../../shared/lib/use-idle';
import { buildContextSnapshot, currentEnvironment } from '../../model/build-ticket-body';
import { moduleVersion } from '../../model/module-version';
import type { FormControl } from '../form-controls';

/**
 * "Check what support will see", one click away under the form: the card is long (identity, deals,
 * parcels in transit) and the seller checks it once, if at all. Closed, nobody sees it, so the
 * form's first render leaves it out and it comes in at the browser's first idle moment (or at
 * once, as the seller opens it); then it stays mounted, so the orders chosen show there when it
 * opens and the page's find finds its text as before.
 */
export function PreviewDisclosure({
  control,
  context,
}: {
  control: FormControl;
  context: ReceivedSellerContext;
}) {
  const t = useT();
  const idle = useIdle();
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="ss-disclosure ask-form__preview-disclosure"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      {/* The click comes before the browser opens it: the card is there in the frame that shows it. */}
      <summary onClick={() => setOpened(true)}>{t('askForm.preview.toggle')}</summary>
      {(idle || opened) && <Preview control={control} context={context} />}
    </details>
  );
}

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
