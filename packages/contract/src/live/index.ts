/**
 * The live stream's client (`@seller-support/contract/live`): a separate entry, so a module loads
 * it only once it is mounted and never in its first-load code.
 *
 * @packageDocumentation
 */

export {
  openLiveStream,
  defaultLiveStreamTimings,
  type LiveStream,
  type LiveStreamOptions,
  type LiveStreamState,
  type LiveStreamTimings,
} from './live-stream';
export { receivedLiveTicketChangeSchema, type ReceivedLiveTicketChange } from '../schemas/live';
export { receivedDeskLiveTicketChangeSchema, type ReceivedDeskLiveTicketChange } from '../desk/schemas';
