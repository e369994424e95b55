import type { Topic } from '@seller-support/contract';
import { useT, type Translate } from '../../../../shared/i18n';
import { usePickerValue, type FormControl } from '../form-controls';
import { OrderPicker } from '../order-picker/order-picker';

function ordersLabel(t: Translate, topic: Topic): { label: string; required: boolean } {
  switch (topic) {
    case 'orders':
      return { label: t('askForm.fields.ordersRequired'), required: true };
    case 'parcel_location':
      return { label: t('askForm.fields.inTransitOrders'), required: true };
    case 'warranty':
      return { label: t('askForm.fields.warrantyOrder'), required: true };
    default:
      return { label: t('askForm.fields.ordersOptional'), required: false };
  }
}

/** The orders the request is about: which and how many the topic takes. */
export function OrdersField({ control, topic }: { control: FormControl; topic: Topic }) {
  const t = useT();
  const { id, value, onChange, error } = usePickerValue(control, 'orders');
  const { label, required } = ordersLabel(t, topic);
  return (
    <OrderPicker
      id={id}
      label={label}
      scope={topic === 'parcel_location' ? 'in_transit' : 'all'}
      selected={value}
      onChange={onChange}
      required={required}
      error={error}
      {...(topic === 'warranty' ? { max: 1 } : {})}
    />
  );
}
