/** Where the module keeps drafts: one IndexedDB database, one store, for every seller and form. */
export const draftDatabaseName = 'seller-support';
export const draftStoreName = 'drafts';
