import type { MessagesOf } from '../messages';

/** Russian messages for other ways to reach support and what to expect now. */
export const channelsRu = {} as const;

/** English messages for other ways to reach support and what to expect now; typed against the Russian ones. */
export const channelsEn: MessagesOf<typeof channelsRu> = {};
