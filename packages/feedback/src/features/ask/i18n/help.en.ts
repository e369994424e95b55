import type { MessagesOf } from '../../../shared/i18n';
import type { helpRu } from './help';

/** English messages for answer before asking: matching help articles; typed against the Russian ones. */
export const helpEn: MessagesOf<typeof helpRu> = {
  title: 'Maybe the answer is already here',
  intro: 'These help articles look like your question. They open in a new tab; your draft is kept.',
  answered: 'This answered my question',
  found: {
    one: '{count} help article matches your question',
    other: '{count} help articles match your question',
  },
};
