import type { MessagesOf } from '../messages';

/** Russian messages for answer before asking: matching help articles. */
export const helpRu = {} as const;

/** English messages for answer before asking: matching help articles; typed against the Russian ones. */
export const helpEn: MessagesOf<typeof helpRu> = {};
