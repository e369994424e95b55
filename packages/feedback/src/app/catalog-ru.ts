import type { Namespaces } from '../shared/i18n';
import { sharedRu } from '../shared/i18n/ru';
import { askFormRu } from '../features/ask/i18n/ask-form';
import { helpRu } from '../features/ask/i18n/help';
import { pickersRu } from '../features/ask/i18n/pickers';
import { snapshotRu } from '../features/ask/i18n/snapshot';
import { channelsRu } from '../features/channels/i18n/channels';
import { requestRu } from '../features/requests/i18n/request';
import { requestActionsRu } from '../features/requests/i18n/request-actions';
import { requestsListRu } from '../features/requests/i18n/requests-list';
import { parcelRu } from './parcel/i18n/parcel';

// The whole language: the shared namespaces and every feature's. Typed as the namespaces the
// program declares, so a feature's namespace left out here fails the type check. A chunk of its
// own (load-catalog.ts): a seller downloads the language they read, not both.

/** Russian, the default language. */
export const ru: Namespaces = {
  ...sharedRu,
  askForm: { ...sharedRu.askForm, ...askFormRu },
  channels: { ...sharedRu.channels, ...channelsRu },
  pickers: pickersRu,
  help: helpRu,
  snapshot: snapshotRu,
  requestsList: requestsListRu,
  request: requestRu,
  requestActions: requestActionsRu,
  parcel: parcelRu,
};
