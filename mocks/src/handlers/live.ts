import { liveTicketChangeSchema } from '@seller-support/contract';
import type { HttpHandler } from 'msw';
import { defaultHeartbeatSeconds, liveData, liveStreamResponse } from '../live-stream';
import { ProblemError } from '../problem';
import { endpoint, type HandlerContext } from './shared';

/**
 * `GET /events`, the seller's live stream: a change of one of the seller's tickets, and only the
 * events the seller's API returns (a moderator's internal note never). Without the `liveEvents`
 * feature it is the 404 of a server that has no such path, so clients poll.
 */
export function liveHandlers(context: HandlerContext): HttpHandler[] {
  const { store, scenario } = context;
  return [
    endpoint(context, 'streamEvents', ({ request, url }) => {
      if (!scenario.offers('liveEvents')) throw new ProblemError(404, `No endpoint GET ${url.pathname}.`);
      return liveStreamResponse(request, {
        log: store.live,
        scope: 'seller',
        heartbeatSeconds: context.heartbeatSeconds ?? defaultHeartbeatSeconds,
        ticketData: ({ visibility, ticketId, eventId, kind, at }) =>
          visibility === 'seller'
            ? liveData(liveTicketChangeSchema, { ticketId, eventId, kind, at }, 'LiveTicketChange')
            : undefined,
      });
    }),
  ];
}
