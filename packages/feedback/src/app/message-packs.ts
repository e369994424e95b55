/**
 * The groups a language's messages arrive in, each a chunk of its own per language
 * (load-catalog.ts imports them), and which of them each screen shows. Apart from the loader, with
 * nothing imported: an entry reads them to preload a first screen's words before any React is here.
 */

/** Every pack, for a check that the packs together are the whole language (catalogs.test.ts). */
export const messagePacks = [
  'frame',
  'form',
  'snapshot',
  'attachments',
  'channels',
  'requestsList',
  'request',
  'requestActions',
  'parcel',
] as const;

/** A group of messages that loads as one chunk per language. */
export type MessagePack = (typeof messagePacks)[number];

/** What the frame shows before any screen: loading, navigation, the error screens. */
export const framePacks: readonly MessagePack[] = ['frame'];

/** The parcel's dialog's frame: its title, Close and its loading line come with the frame's words. */
export const parcelFramePacks: readonly MessagePack[] = ['frame', 'parcel'];

/**
 * What each screen says beyond the frame, asked for beside the screen's code (module-routes.tsx,
 * parcel-app.tsx), so that whatever starts a screen early (a prefetch at mount) can ask for its
 * words too: `loadCatalog(locale, screenPacks.ask)`.
 */
export const screenPacks = {
  ask: ['form', 'snapshot', 'attachments', 'channels'],
  // The list's status badges speak the request page's words.
  requests: ['requestsList', 'request'],
  request: ['request', 'requestActions', 'snapshot', 'attachments'],
  /** The parcel's short form; the dialog's own words come with the parcel's frame. */
  parcelForm: ['form', 'snapshot', 'attachments'],
} as const satisfies Readonly<Record<string, readonly MessagePack[]>>;
