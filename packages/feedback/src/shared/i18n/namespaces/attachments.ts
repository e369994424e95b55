import type { MessagesOf } from '../messages';

/** Russian messages for attachments: choose, drop, paste, upload progress, refusals. */
export const attachmentsRu = {} as const;

/** English messages for attachments: choose, drop, paste, upload progress, refusals; typed against the Russian ones. */
export const attachmentsEn: MessagesOf<typeof attachmentsRu> = {};
