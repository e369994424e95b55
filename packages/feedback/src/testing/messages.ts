// The module's languages as the app assembles them, for tests that check texts: shared code's
// tests may not import the app, and need every namespace all the same.
export { catalogs, en, ru } from '../app/catalogs';
