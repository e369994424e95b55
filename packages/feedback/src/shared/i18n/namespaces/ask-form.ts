import type { MessagesOf } from '../messages';

/** Russian messages for the request form: topics, fields, validation, error summary, submit, success, offline, drafts. */
export const askFormRu = {} as const;

/** English messages for the request form: topics, fields, validation, error summary, submit, success, offline, drafts; typed against the Russian ones. */
export const askFormEn: MessagesOf<typeof askFormRu> = {};
