// The list of requests as its chunk holds it: the screen, and its stylesheets (filters, rows with
// their status and time) in the module's cascade order (all-styles.ts).
import form from '../../shared/ui/form/form.css?inline';
import statusBadge from '../../features/requests/status-badge.css?inline';
import relativeTime from '../../shared/ui/relative-time.css?inline';
import requestsList from '../../features/requests/list/requests-list.css?inline';
import { stylesheet } from '../../shared/ui/stylesheet';

export { RequestsScreen as Screen } from '../../features/requests/list/requests-screen';

/** The screen's stylesheets, rendered with it (lazy-screen.tsx). */
export const styles = stylesheet([form, statusBadge, relativeTime, requestsList]);
