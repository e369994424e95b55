/**
 * Seeded, deterministic mock data that takes overrides: one factory per thing the contract knows
 * (seller, policy, facilities, orders, tickets, the context snapshot) and `createDataset`, which
 * puts them together. The one import point for the rest of the mocks.
 */

export { createRng, type Rng } from '../random';
export { defaultNow } from '../time';
export { makeContextSnapshot } from './context-snapshot';
export { createDataset, isDataset, type Dataset, type DatasetOptions } from './dataset';
export { makeFacilities, makeFacility } from './facilities';
export { GeneratedOrders, normalizeForSearch, type OrderFilter } from './generated-orders';
export { makeLongConversationTicket } from './long-conversation';
export { makeOrder } from './orders';
export { defaultChannels, firstResponseDue, makePolicy } from './policy';
export { makeSeller } from './seller';
export { offerTopics } from './showcase';
export { makeDeskQueueTickets, makeTicket, makeTickets, type TicketWithEvents } from './tickets';
