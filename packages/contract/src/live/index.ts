/**
 * The live stream's client (`@seller-support/contract/live`): a separate entry, so a module loads
 * it only once it is mounted and never in its first-load code. The desk's reading of a change is
 * the desk entry's `receivedDeskLiveTicketChangeSchema`, so the seller's chunk never carries the desk's schemas.
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
