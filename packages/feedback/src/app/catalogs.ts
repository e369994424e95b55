import type { Locale, Messages, Namespaces } from '../shared/i18n';
import { sharedEn } from '../shared/i18n/en';
import { sharedRu } from '../shared/i18n/ru';
import { askFormEn, askFormRu } from '../features/ask/i18n/ask-form';
import { helpEn, helpRu } from '../features/ask/i18n/help';
import { pickersEn, pickersRu } from '../features/ask/i18n/pickers';
import { snapshotEn, snapshotRu } from '../features/ask/i18n/snapshot';
import { channelsEn, channelsRu } from '../features/channels/i18n/channels';
import { requestEn, requestRu } from '../features/requests/i18n/request';
import { requestActionsEn, requestActionsRu } from '../features/requests/i18n/request-actions';
import { requestsListEn, requestsListRu } from '../features/requests/i18n/requests-list';
import { parcelEn, parcelRu } from './parcel/i18n/parcel';

// Each language whole: the shared namespaces and every feature's. Typed as the namespaces the
// program declares, so a feature's namespace left out here (or its English) fails the type check.
// One module, so that loading a language (or a screen's part of it) lazily later changes only this.

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

export const catalogs: Readonly<Record<Locale, Messages>> = { ru, en };
