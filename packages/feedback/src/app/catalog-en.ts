import { snapshotEn } from '@seller-support/ui/messages/snapshot.en';
import type { Messages } from '../shared/i18n';
import { channelsEn } from '../features/channels/i18n/channels.en';
import { requestEn } from '../features/requests/i18n/request.en';
import { requestActionsEn } from '../features/requests/i18n/request-actions.en';
import { requestsListEn } from '../features/requests/i18n/requests-list.en';
import { attachmentsEn } from '../shared/i18n/namespaces/attachments.en';
import { formEn } from './messages/form.en';
import { frameEn } from './messages/frame.en';
import { parcelEn } from './parcel/i18n/parcel.en';

// The whole language, from the parts the module loads one by one (load-catalog.ts). Typed as the
// namespaces the program declares, so a feature's namespace (or a message) left out here fails
// the type check. Only tests, stories and the dev harness load it whole (catalogs.ts).

/** English: every message of every namespace, as Russian has them. */
export const en: Messages = {
  ...frameEn,
  ...formEn,
  askForm: { ...frameEn.askForm, ...formEn.askForm },
  channels: { ...frameEn.channels, ...channelsEn },
  attachments: attachmentsEn,
  snapshot: snapshotEn,
  requestsList: requestsListEn,
  request: requestEn,
  requestActions: requestActionsEn,
  parcel: parcelEn,
};
