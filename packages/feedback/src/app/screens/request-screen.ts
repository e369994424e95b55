// The page of one request as its chunk holds it: the screen, and its stylesheets (summary,
// snapshot, timeline with files, what the seller can do there) in the module's cascade order
// (all-styles.ts).
import contextSnapshot from '@seller-support/ui/context-snapshot.css?inline';
import attachments from '../../shared/attachments/attachments.css?inline';
import attachmentView from '../../shared/attachments/attachment-view.css?inline';
import form from '../../shared/ui/form/form.css?inline';
import statusBadge from '../../features/requests/status-badge.css?inline';
import request from '../../features/requests/request/request.css?inline';
import requestActions from '../../features/requests/actions/actions.css?inline';
import { stylesheet } from '../../shared/ui/stylesheet';

export { RequestScreen as Screen } from '../../features/requests/request/request-screen';

/** The screen's stylesheets, rendered with it (lazy-screen.tsx). */
export const styles = stylesheet([
  contextSnapshot,
  attachments,
  attachmentView,
  form,
  statusBadge,
  request,
  requestActions,
]);
