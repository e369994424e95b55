import { snapshotRu } from '@seller-support/ui/messages/snapshot';
import type { Namespaces } from '../shared/i18n';
import { channelsRu } from '../features/channels/i18n/channels';
import { requestRu } from '../features/requests/i18n/request';
import { requestActionsRu } from '../features/requests/i18n/request-actions';
import { requestsListRu } from '../features/requests/i18n/requests-list';
import { attachmentsRu } from '../shared/i18n/namespaces/attachments';
import { formRu } from './messages/form.ru';
import { frameRu } from './messages/frame.ru';
import { parcelRu } from './parcel/i18n/parcel';

// The whole language: the shared namespaces and every feature's, from the same parts the module
// loads one by one (load-catalog.ts). Typed as the namespaces the program declares, so a
// feature's namespace left out here fails the type check. Only tests, stories and the dev
// harness load it whole (catalogs.ts).

/** Russian, the default language. */
export const ru: Namespaces = {
  ...frameRu,
  ...formRu,
  askForm: { ...frameRu.askForm, ...formRu.askForm },
  channels: { ...frameRu.channels, ...channelsRu },
  attachments: attachmentsRu,
  snapshot: snapshotRu,
  requestsList: requestsListRu,
  request: requestRu,
  requestActions: requestActionsRu,
  parcel: parcelRu,
};
