import { wallClockMinuteOfDay } from '@seller-support/contract';

// The rule itself (day or night, the target, when the answer is due) is the contract's, so the
// module, the mocks and the service promise the same time.
export {
  expectedFirstResponse,
  isWithinDayHours,
  minuteOfDay,
  wallClockMinuteOfDay,
  type FirstResponseExpectation,
} from '@seller-support/contract';

/**
 * Whether the seller's clock (the browser's time zone) shows another time than support's at `now`.
 * Day and night are support's; the time an answer is due is shown on the seller's clock, and
 * where the two differ that time names its zone. `false` for a zone the browser does not know.
 */
export function sellerClockDiffers(now: Date, supportTimeZone: string): boolean {
  const support = wallClockMinuteOfDay(now, supportTimeZone);
  return support !== null && support !== now.getHours() * 60 + now.getMinutes();
}
