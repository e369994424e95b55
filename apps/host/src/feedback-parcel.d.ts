// The parcel entry exists only as a built file the import map points at (the package exports
// types from its main entry); loadSupportParcel checks its shape at runtime.
declare module '@seller-support/feedback/parcel';

// The unread entry likewise: loadUnreadWatch checks it has `watchUnreadCount`.
declare module '@seller-support/feedback/unread';
