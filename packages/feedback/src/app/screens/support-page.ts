// The support page as its chunk holds it: the page, and its stylesheets (the request form, the
// pickers, the other channels) in the module's cascade order (all-styles.ts). One dynamic import
// for both, so the styles share the page's chunks and arrive with its code.
import ask from '../../features/ask/components/ask.css?inline';
import orderPicker from '../../features/ask/components/order-picker/order-picker.css?inline';
import facilityPicker from '../../features/ask/components/facility-picker/facility-picker.css?inline';
import channelLink from '../../shared/ui/channel-link.css?inline';
import contextSnapshot from '@seller-support/ui/context-snapshot.css?inline';
import channels from '../../features/channels/channels.css?inline';
import helpArticles from '../../features/ask/components/help-articles/help-articles.css?inline';
import attachments from '../../shared/attachments/attachments.css?inline';
import form from '../../shared/ui/form/form.css?inline';
import askForm from '../../features/ask/components/ask-form.css?inline';
import { stylesheet } from '../../shared/ui/stylesheet';

export { SupportPage as Screen } from '../support-page';

/** The screen's stylesheets, rendered with it (lazy-screen.tsx). */
export const styles = stylesheet([
  ask,
  orderPicker,
  facilityPicker,
  channelLink,
  contextSnapshot,
  channels,
  helpArticles,
  attachments,
  form,
  askForm,
]);
