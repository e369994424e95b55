/**
 * The third entry (`@seller-support/feedback/unread`): the seller's unread count for host pages
 * the module is not mounted on, such as a badge on the cabinet's "Support" link everywhere. It
 * loads the API client and nothing of React or the screens; while the application is mounted,
 * its `unread-count-changed` event says the same, sooner.
 */
export { watchUnreadCount, type UnreadWatchOptions } from './app/unread-watch';
export { clearSellerData } from './shared/drafts/seller-data';
