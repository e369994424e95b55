import type { Messages } from '../shared/i18n';
import { sharedEn } from '../shared/i18n/en';
import { askFormEn } from '../features/ask/i18n/ask-form';
import { helpEn } from '../features/ask/i18n/help';
import { pickersEn } from '../features/ask/i18n/pickers';
import { snapshotEn } from '../features/ask/i18n/snapshot';
import { channelsEn } from '../features/channels/i18n/channels';
import { requestEn } from '../features/requests/i18n/request';
import { requestActionsEn } from '../features/requests/i18n/request-actions';
import { requestsListEn } from '../features/requests/i18n/requests-list';
import { parcelEn } from './parcel/i18n/parcel';

// The whole language: the shared namespaces and every feature's. Typed as the namespaces the
// program declares, so a feature's namespace (or a message) left out here fails the type check. A chunk of its
// own (load-catalog.ts): a seller downloads the language they read, not both.

/** English: every message of every namespace, as Russian has them. */
export const en: Messages = {
  ...sharedEn,
  askForm: { ...sharedEn.askForm, ...askFormEn },
  channels: { ...sharedEn.channels, ...channelsEn },
  pickers: pickersEn,
  help: helpEn,
  snapshot: snapshotEn,
  requestsList: requestsListEn,
  request: requestEn,
  requestActions: requestActionsEn,
  parcel: parcelEn,
};
