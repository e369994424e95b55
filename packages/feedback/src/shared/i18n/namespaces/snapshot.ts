import type { MessagesOf } from '../messages';

/** Russian messages for "What support will see": the context snapshot card. */
export const snapshotRu = {} as const;

/** English messages for "What support will see": the context snapshot card; typed against the Russian ones. */
export const snapshotEn: MessagesOf<typeof snapshotRu> = {};
