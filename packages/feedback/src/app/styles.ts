// Every stylesheet of the module, in cascade order. `?inline` gives the CSS as a string, which the
// shadow host renders as the module's one <style>: nothing is injected into document.head.
import tokens from '../shared/ui/tokens.css?inline';
import base from '../shared/ui/base.css?inline';
import ask from '../features/ask/components/ask.css?inline';
import orderPicker from '../features/ask/components/order-picker/order-picker.css?inline';
import facilityPicker from '../features/ask/components/facility-picker/facility-picker.css?inline';
import channelLink from '../shared/ui/channel-link.css?inline';
import contextSnapshot from '../shared/context-snapshot/context-snapshot.css?inline';
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

/**
 * `rem` is the host page's root font size, which the host may set to anything (`html { font-size:
 * 62.5% }` is a common reset). In the module a rem is `--ss-rem`: the seller's default font size
 * from the browser's settings, measured at mount (shadow-host.tsx; 16px unless they changed it),
 * so the host cannot shrink the module and a seller who asked for larger text gets it. Browser
 * zoom scales it as well. Media queries keep `rem`: there it already means the browser's default.
 * Container queries are written in `em` (the container's font size, the seller's), never `rem`.
 */
function withSellersRem(css: string): string {
  return css
    .split('\n')
    .map((line) =>
      line.trimStart().startsWith('@media')
        ? line
        : line.replace(
            /(?<![\w-])(-?\d*\.?\d+)rem\b/g,
            (_rem, value: string) => `calc(${value} * var(--ss-rem))`,
          ),
    )
    .join('\n');
}

export const moduleStyles = withSellersRem(
  [
    tokens,
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
  ].join('\n'),
);
