/**
 * The simulated moderator: its scripts (what it does on each topic, `scripts.ts` and `topics.ts`)
 * and the simulator that runs them on the store's clock (`simulator.ts`). The one import point.
 */

export {
  createModeratorSimulator,
  demoModeratorDelaysMs,
  type ModeratorClock,
  type ModeratorSimulator,
  type ModeratorStep,
  type PendingModeratorStep,
} from './simulator';
