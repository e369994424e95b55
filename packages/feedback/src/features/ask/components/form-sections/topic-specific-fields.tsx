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
import { OrdersField } from './orders-field';

/** Topics whose request is about an order: the order is chosen before anything about it (its item, say). */
const aboutAnOrder: ReadonlySet<Topic> = new Set(['orders', 'parcel_location', 'warranty']);

/**
 * What the chosen topic asks beyond the question: its own fields and the orders, in the order a
 * seller answers them. Where the request is about an order, the order comes first (a warranty
 * repair's item is picked from the order); elsewhere the orders are an optional extra, last.
 */
export function TopicDetails({
  topic,
  form,
  policy,
  pinned = false,
}: {
  topic: Topic;
  form: AskFormApi;
  policy: ReceivedPolicy;
  /** The order is pinned at the top of the form (and still chosen): no picker for it. */
  pinned?: boolean | undefined;
}) {
  const orders = pinned ? null : <OrdersField control={form.control} topic={topic} />;
  const fields = <TopicSpecificFields topic={topic} form={form} policy={policy} />;
  return aboutAnOrder.has(topic) ? (
    <>
      {orders}
      {fields}
    </>
  ) : (
    <>
      {fields}
      {orders}
    </>
  );
}

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
