import type { ReceivedPolicy, Topic } from '@seller-support/contract';
import type { AskFormApi } from '../form-controls';
import {
  AccountFields,
  FraudFields,
  LogisticsFields,
  OrderActionFields,
  PaymentsFields,
  StaffComplaintFields,
  WarrantyFields,
} from '../topic-fields';

/** The fields only the chosen topic asks for. */
export function TopicSpecificFields({
  topic,
  form,
  policy,
}: {
  topic: Topic;
  form: AskFormApi;
  policy: ReceivedPolicy;
}) {
  const props = { control: form.control, register: form.register };
  switch (topic) {
    case 'account':
      return <AccountFields {...props} />;
    case 'orders':
      return <OrderActionFields {...props} />;
    case 'staff_complaint':
      return <StaffComplaintFields {...props} setValue={form.setValue} />;
    case 'logistics_info':
      return <LogisticsFields {...props} />;
    case 'payments':
      return <PaymentsFields {...props} />;
    case 'warranty':
      return <WarrantyFields {...props} />;
    case 'fraud':
      return <FraudFields {...props} policy={policy} />;
    case 'parcel_location':
      return null;
  }
}
