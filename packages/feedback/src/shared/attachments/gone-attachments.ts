import type { FieldError } from '@seller-support/contract';
import type { Locale, Translate } from '../i18n';
import { displayFileName } from './file-name';

const attachmentPath = /^attachmentIds\.(\d+)$/;

/**
 * The attachments a 422 refuses one by one (`attachmentIds.N`, N indexing the ids of the body
 * that was sent). The server does not take that upload (it lost it, say, or never had it): the
 * seller has to attach the file again, so the form drops it and says so.
 */
export function refusedAttachmentIds(
  fieldErrors: readonly FieldError[],
  sentIds: readonly string[],
): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const { path } of fieldErrors) {
    const index = attachmentPath.exec(path)?.[1];
    const id = index === undefined ? undefined : sentIds[Number(index)];
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** Whether a field error is about one attachment of the body (see {@link refusedAttachmentIds}). */
export const isAttachmentError = ({ path }: FieldError) => attachmentPath.test(path);

/** "The server no longer has photo.png: attach it again", naming every such file. */
export function goneAttachmentsMessage(t: Translate, locale: Locale, names: readonly string[]): string {
  const list = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).format(
    names.map(displayFileName),
  );
  return t('attachments.gone', { count: names.length, names: list });
}
