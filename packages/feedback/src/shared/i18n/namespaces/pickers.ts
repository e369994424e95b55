import type { MessagesOf } from '../messages';

/** Russian messages for the order picker and the facility picker. */
export const pickersRu = {} as const;

/** English messages for the order picker and the facility picker; typed against the Russian ones. */
export const pickersEn: MessagesOf<typeof pickersRu> = {};
