import type { AttachmentPolicy } from '@seller-support/contract';
import { failureMessage, type FailureWording } from '../api/failure-message';
import { useId, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import type { FileRefusal } from '../lib/file-type';
import { useLocale, useT, type Locale, type Translate } from '../i18n';
import { Button } from '../ui/button';
import { displayFileName, FileName } from './file-name';
import { fileTypeLabel, formatFileSize, formatFileSizeOverLimit } from './format-size';
import {
  useAttachmentUploads,
  type Announcement,
  type DraftAttachment,
  type PendingAttachment,
} from './use-attachment-uploads';

export type { DraftAttachment } from './use-attachment-uploads';

export interface AttachmentFieldProps {
  /** Of the "Choose files" button: the focus target of the form's error summary. */
  id: string;
  /** The field's visible label, translated by the caller. */
  label: string;
  policy: AttachmentPolicy;
  /** Uploaded files only: a file joins once the server has it. */
  value: readonly DraftAttachment[];
  onChange: (value: DraftAttachment[]) => void;
  /** True while any upload runs: the form's submit waits for it. */
  onBusyChange?: ((busy: boolean) => void) | undefined;
  error?: string | undefined;
}

/**
 * Attachments of a request: chosen with the button, dropped on the field, or pasted (Ctrl+V) while
 * the focus is inside the field. Pastes elsewhere (the description, the host page) are left
 * alone: text pasted there must stay text. Each file is checked by content and the policy's limits
 * before anything is sent, then uploaded at once with progress, cancel and retry.
 */
export function AttachmentField({
  id,
  label,
  policy,
  value,
  onChange,
  onBusyChange,
  error,
}: AttachmentFieldProps) {
  const t = useT();
  const locale = useLocale();
  const labelId = useId();
  const hintId = useId();
  const errorId = useId();
  const fullId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  const [dragging, setDragging] = useState(false);
  const uploads = useAttachmentUploads({ policy, value, onChange, onBusyChange });

  const full = value.length + uploads.pending.length >= policy.maxFiles;
  const describedBy = [hintId, full ? fullId : null, error === undefined ? null : errorId]
    .filter((part) => part !== null)
    .join(' ');
  // Removing a row takes its buttons away: keep a keyboard user's focus in the field.
  const refocus = () => chooseRef.current?.focus();

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    uploads.addFiles(Array.from(event.dataTransfer.files));
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (event: DragEvent<HTMLDivElement>) => {
    // Moving between the field's own children is not leaving it.
    const to = event.relatedTarget;
    if (to instanceof Node && event.currentTarget.contains(to)) return;
    setDragging(false);
  };
  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const files = Array.from(event.clipboardData.files);
    if (files.length === 0) return;
    event.preventDefault();
    uploads.addFiles(files);
  };

  return (
    // The whole field takes drops and pastes; the drop zone is where it shows. Both are shortcuts
    // for pointer and clipboard users: the Choose files button is the keyboard's way in.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- see above
    <div
      className="attachment-field"
      role="group"
      aria-labelledby={labelId}
      onPaste={onPaste}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <span id={labelId} className="attachment-field__label">
        {label}
      </span>
      <p id={hintId} className="attachment-field__hint ss-muted">
        {limitsText(t, locale, policy)}
      </p>
      <div className={`attachment-field__drop${dragging ? ' attachment-field__drop--active' : ''}`}>
        <Button
          id={id}
          ref={chooseRef}
          aria-describedby={describedBy}
          aria-disabled={full}
          onClick={() => {
            if (!full) inputRef.current?.click();
          }}
        >
          {t('attachments.choose')}
        </Button>
        <input
          ref={inputRef}
          type="file"
          multiple
          hidden
          tabIndex={-1}
          accept={policy.types.join(',')}
          onChange={(event) => {
            uploads.addFiles(Array.from(event.currentTarget.files ?? []));
            // The same file chosen again must fire `change` again.
            event.currentTarget.value = '';
          }}
        />
        <p className="attachment-field__drop-text ss-muted">
          {dragging ? t('attachments.dropActive') : t('attachments.dropHint')}
        </p>
      </div>

      {full && (
        <p id={fullId} className="attachment-field__full">
          {t('attachments.countLimitReached', { max: policy.maxFiles })}
        </p>
      )}

      {uploads.refused.length > 0 && (
        <div className="attachment-field__refused">
          <p className="attachment-field__refused-title">{t('attachments.refused.title')}</p>
          <ul>
            {uploads.refused.map((file, index) => (
              <li key={`${String(index)}-${file.name}`}>
                {refusalText(t, locale, policy, displayFileName(file.name), file.refusal)}
              </li>
            ))}
          </ul>
          <Button
            onClick={() => {
              uploads.dismissRefused();
              refocus();
            }}
          >
            {t('attachments.refused.dismiss')}
          </Button>
        </div>
      )}

      {value.length + uploads.pending.length > 0 && (
        <ul className="attachment-field__list" aria-label={t('attachments.listLabel')}>
          {value.map((attachment) => (
            <UploadedRow
              key={attachment.id}
              attachment={attachment}
              previewUrl={uploads.previews.get(attachment.id) ?? attachment.thumbnail ?? null}
              onRemove={() => {
                uploads.remove(attachment.id);
                refocus();
              }}
            />
          ))}
          {uploads.pending.map((item) => (
            <PendingRow
              key={item.localId}
              item={item}
              onCancel={() => {
                uploads.cancel(item.localId);
                refocus();
              }}
              onRetry={() => uploads.retry(item.localId)}
              onDiscard={() => {
                uploads.discard(item.localId);
                refocus();
              }}
            />
          ))}
        </ul>
      )}

      {error !== undefined && (
        <p id={errorId} className="attachment-field__error">
          {error}
        </p>
      )}
      <div className="ss-visually-hidden" aria-live="polite">
        {uploads.announcement !== null && (
          <span key={uploads.announcement.at}>{announcementText(t, uploads.announcement)}</span>
        )}
      </div>
    </div>
  );
}

function Preview({ url, type }: { url: string | null; type: string }) {
  if (url !== null) return <img className="attachment-item__preview" src={url} alt="" />;
  return (
    <span className="attachment-item__preview attachment-item__preview--icon" aria-hidden="true">
      {fileTypeLabel(type)}
    </span>
  );
}

function UploadedRow({
  attachment,
  previewUrl,
  onRemove,
}: {
  attachment: DraftAttachment;
  previewUrl: string | null;
  onRemove: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <li className="attachment-item">
      <Preview url={previewUrl} type={attachment.type} />
      <div className="attachment-item__body">
        <FileName className="attachment-item__name" name={attachment.name} />
        <span className="attachment-item__meta ss-muted">
          {formatFileSize(attachment.size, locale)} · {t('attachments.uploaded')}
        </span>
      </div>
      <div className="attachment-item__actions">
        <Button
          variant="danger"
          aria-label={t('attachments.removeFile', { name: displayFileName(attachment.name) })}
          onClick={onRemove}
        >
          {t('attachments.remove')}
        </Button>
      </div>
    </li>
  );
}

function PendingRow({
  item,
  onCancel,
  onRetry,
  onDiscard,
}: {
  item: PendingAttachment;
  onCancel: () => void;
  onRetry: () => void;
  onDiscard: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const fraction = item.total > 0 ? Math.min(1, item.loaded / item.total) : 0;
  const percent = new Intl.NumberFormat(locale, { style: 'percent' }).format(fraction);
  const name = displayFileName(item.name);
  return (
    <li className={`attachment-item${item.status === 'failed' ? ' attachment-item--failed' : ''}`}>
      <Preview url={item.previewUrl} type={item.type} />
      <div className="attachment-item__body">
        <FileName className="attachment-item__name" name={item.name} />
        <span className="attachment-item__meta ss-muted">{formatFileSize(item.size, locale)}</span>
        {item.status === 'uploading' ? (
          <span className="attachment-item__progress">
            <progress
              max={100}
              value={Math.round(fraction * 100)}
              aria-label={t('attachments.progress', { name })}
            />
            <span className="ss-muted">{t('attachments.progressValue', { percent })}</span>
          </span>
        ) : (
          item.failure !== null && (
            <span className="attachment-item__error">{failureMessage(t, item.failure, uploadWording)}</span>
          )
        )}
      </div>
      <div className="attachment-item__actions">
        {item.status === 'uploading' ? (
          <Button variant="quiet" aria-label={t('attachments.cancelFile', { name })} onClick={onCancel}>
            {t('attachments.cancel')}
          </Button>
        ) : (
          <>
            <Button aria-label={t('attachments.retryFile', { name })} onClick={onRetry}>
              {t('attachments.retry')}
            </Button>
            <Button variant="danger" aria-label={t('attachments.removeFile', { name })} onClick={onDiscard}>
              {t('attachments.remove')}
            </Button>
          </>
        )}
      </div>
    </li>
  );
}

function typeList(locale: Locale, types: readonly string[], type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat(locale, { type, style: 'long' }).format(types.map(fileTypeLabel));
}

function limitsText(t: Translate, locale: Locale, policy: AttachmentPolicy): string {
  return t('attachments.limits', {
    files: t('attachments.files', { count: policy.maxFiles }),
    maxFile: formatFileSize(policy.maxFileBytes, locale),
    maxTotal: formatFileSize(policy.maxTotalBytes, locale),
    types: policy.types.map(fileTypeLabel).join(', '),
  });
}

function refusalText(
  t: Translate,
  locale: Locale,
  policy: AttachmentPolicy,
  name: string,
  refusal: FileRefusal,
): string {
  switch (refusal.kind) {
    case 'empty':
      return t('attachments.refused.empty', { name });
    case 'type':
      return t('attachments.refused.type', {
        name,
        types: typeList(locale, policy.types, 'disjunction'),
        detected: refusal.detected === null ? t('attachments.unknownType') : fileTypeLabel(refusal.detected),
      });
    case 'fileSize': {
      const [size, max] = formatFileSizeOverLimit(refusal.size, refusal.max, locale);
      return t('attachments.refused.fileSize', { name, size, max });
    }
    case 'totalSize': {
      const [total, max] = formatFileSizeOverLimit(refusal.total, refusal.max, locale);
      return t('attachments.refused.totalSize', { name, total, max });
    }
    case 'count':
      return t('attachments.refused.count', { name, max: refusal.max });
    case 'duplicate':
      return t('attachments.refused.duplicate', { name });
  }
}

/** An upload's own words where a failure means something else for a file (a timeout: retry, the same file comes once). */
const uploadWording = {
  network: 'attachments.failed.network',
  timeout: 'attachments.failed.timeout',
  server: 'attachments.failed.server',
  // Nothing the seller could do differently: the same as a server fault.
  unknown: 'attachments.failed.server',
  unauthorized: 'attachments.failed.unauthorized',
  forbidden: 'attachments.failed.forbidden',
  tooLarge: 'attachments.failed.tooLarge',
  unsupportedType: 'attachments.failed.unsupportedType',
  rateLimited: 'attachments.failed.rateLimited',
  rateLimitedNoWait: 'attachments.failed.rateLimitedNoWait',
} as const satisfies FailureWording;

function announcementText(t: Translate, announcement: Announcement): string {
  if (announcement.kind === 'refused')
    return t('attachments.announce.refused', { count: announcement.count });
  return t(`attachments.announce.${announcement.kind}`, { name: displayFileName(announcement.name) });
}
