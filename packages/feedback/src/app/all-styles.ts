// Every stylesheet of the module, in cascade order, for tests, stories and the dev harness, which
// render any component in the frame without the screen around it that brings the component's
// styles. The module itself never imports this file: its frame and each screen bring their own.
import tokens from '@seller-support/ui/tokens.css?inline';
import utilities from '@seller-support/ui/utilities.css?inline';
import sharedBase from '@seller-support/ui/base.css?inline';
import base from '../shared/ui/base.css?inline';
import ask from '../features/ask/components/ask.css?inline';
import orderPicker from '../features/ask/components/order-picker/order-picker.css?inline';
import facilityPicker from '../features/ask/components/facility-picker/facility-picker.css?inline';
import channelLink from '../shared/ui/channel-link.css?inline';
import contextSnapshot from '@seller-support/ui/context-snapshot.css?inline';
import channels from '../features/channels/channels.css?inline';
import helpArticles from '../features/ask/components/help-articles/help-articles.css?inline';
import attachments from '../shared/attachments/attachments.css?inline';
import attachmentView from '../shared/attachments/attachment-view.css?inline';
import form from '../shared/ui/form/form.css?inline';
import askForm from '../features/ask/components/ask-form.css?inline';
import parcel from './parcel/parcel.css?inline';
import request from '../features/requests/request/request.css?inline';
import statusBadge from '../features/requests/status-badge.css?inline';
import relativeTime from '../shared/ui/relative-time.css?inline';
import requestsList from '../features/requests/list/requests-list.css?inline';
import requestActions from '../features/requests/actions/actions.css?inline';
import { stylesheet } from '../shared/ui/stylesheet';

/** The module's whole stylesheet: the screens' own `<ScreenStyles>` add nothing beside it. */
export const allModuleStyles = stylesheet(
  [
    tokens,
    utilities,
    sharedBase,
    base,
    ask,
    orderPicker,
    facilityPicker,
    channelLink,
    contextSnapshot,
    channels,
    helpArticles,
    attachments,
    attachmentView,
    form,
    askForm,
    parcel,
    statusBadge,
    relativeTime,
    request,
    requestsList,
    requestActions,
  ],
  { complete: true },
);
