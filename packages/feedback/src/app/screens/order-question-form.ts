// The parcel's short form as its chunk holds it: the form, and the support page's stylesheets
// without the other channels, in the module's cascade order (all-styles.ts). The dialog around it
// is styled by the parcel's frame (styles.ts).
import ask from '../../features/ask/components/ask.css?inline';
import orderPicker from '../../features/ask/components/order-picker/order-picker.css?inline';
import facilityPicker from '../../features/ask/components/facility-picker/facility-picker.css?inline';
import channelLink from '../../shared/ui/channel-link.css?inline';
import contextSnapshot from '@seller-support/ui/context-snapshot.css?inline';
import helpArticles from '../../features/ask/components/help-articles/help-articles.css?inline';
import attachments from '../../shared/attachments/attachments.css?inline';
import form from '../../shared/ui/form/form.css?inline';
import askForm from '../../features/ask/components/ask-form.css?inline';
import { stylesheet } from '../../shared/ui/stylesheet';

export { OrderQuestionForm as Screen } from '../parcel/order-question-form';

/** The screen's stylesheets, rendered with it (lazy-screen.tsx). */
export const styles = stylesheet([
  ask,
  orderPicker,
  facilityPicker,
  channelLink,
  contextSnapshot,
  helpArticles,
  attachments,
  form,
  askForm,
]);
