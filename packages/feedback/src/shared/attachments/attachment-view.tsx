import type { Attachment } from '@seller-support/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useApiClient } from '../api/api-client-context';
import { useLocale, useT } from '../i18n';
import { Button, buttonClass } from '../ui/button';
import { displayFileName, FileName } from './file-name';
import { fileTypeLabel, formatFileSize } from './format-size';

/** Query keys of attachments' content: a file does not change, so one fetch serves every view of it. */
export const attachmentKeys = {
  all: ['attachments'] as const,
  content: (id: string) => [...attachmentKeys.all, 'content', id] as const,
};

/** Whether the file is one a browser shows as a picture. */
export function isImageAttachment(attachment: Attachment): boolean {
  return /^image\/(png|jpeg|webp)$/.test(attachment.type);
}

function useAttachmentContent(attachment: Attachment, enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    ...queryOptions({
      queryKey: attachmentKeys.content(attachment.id),
      queryFn: ({ signal }) => api.getAttachment(attachment.id, { signal }),
      // The bytes of an id never change; the cache drops them a while after the last view.
      staleTime: Number.POSITIVE_INFINITY,
    }),
    enabled,
  });
}

/**
 * An object URL of `blob` for as long as the component shows it: the file is fetched with the
 * token (an `<img src>` to the API could not send it), and the URL is revoked on unmount.
 */
function useObjectUrl(blob: Blob | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (blob === undefined) return undefined;
    const next = URL.createObjectURL(blob);
    // The URL is a resource outside React, made and revoked here with the blob it points to.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    setUrl(next);
    return () => {
      URL.revokeObjectURL(next);
      setUrl(null);
    };
  }, [blob]);
  return url;
}

export interface AttachmentViewProps {
  attachment: Attachment;
}

/**
 * A file of a request or a message as the seller meets it: an image as a thumbnail that opens a
 * preview (with Download and Close), any other file as its name, size and a Download button.
 */
export function AttachmentView({ attachment }: AttachmentViewProps) {
  return isImageAttachment(attachment) ? (
    <ImageAttachment attachment={attachment} />
  ) : (
    <FileAttachment attachment={attachment} />
  );
}

function FileFacts({ attachment }: AttachmentViewProps) {
  const locale = useLocale();
  return (
    <span className="ss-muted attachment-view__facts">
      {formatFileSize(attachment.size, locale)} · {fileTypeLabel(attachment.type)}
    </span>
  );
}

function ImageAttachment({ attachment }: AttachmentViewProps) {
  const t = useT();
  const content = useAttachmentContent(attachment, true);
  const url = useObjectUrl(content.data);
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const name = displayFileName(attachment.name);

  useEffect(() => {
    // After the dialog has gone: while a modal dialog is open, the rest of the page takes no focus.
    // The seller is back where they opened it, not at the top of the page.
    if (open || !returnFocus.current) return;
    returnFocus.current = false;
    triggerRef.current?.focus();
  }, [open]);

  return (
    <div className="attachment-view attachment-view--image">
      {content.isError ? (
        <div className="attachment-view__thumb attachment-view__thumb--failed">
          <span aria-hidden="true">⚠</span>
        </div>
      ) : (
        <button
          ref={triggerRef}
          type="button"
          className="attachment-view__thumb"
          aria-label={t('attachments.view.open', { name })}
          disabled={url === null}
          onClick={() => setOpen(true)}
        >
          {url === null ? (
            <span className="ss-skeleton attachment-view__placeholder" aria-hidden="true" />
          ) : (
            <img src={url} alt="" />
          )}
        </button>
      )}
      <span className="attachment-view__caption">
        <FileName className="attachment-view__name" name={attachment.name} />
        <FileFacts attachment={attachment} />
        {content.isPending && <span className="ss-muted">{t('attachments.view.loading')}</span>}
        {content.isError && (
          <span className="attachment-view__failed">
            <span role="alert">{t('attachments.view.failed')}</span>{' '}
            <Button variant="quiet" onClick={() => void content.refetch()}>
              {t('attachments.view.retry')}
            </Button>
          </span>
        )}
      </span>
      {open && url !== null && (
        <ImagePreview
          attachment={attachment}
          url={url}
          onClose={() => {
            returnFocus.current = true;
            setOpen(false);
          }}
        />
      )}
    </div>
  );
}

interface ImagePreviewProps {
  attachment: Attachment;
  url: string;
  onClose: () => void;
}

/** The image at full size in a modal dialog: its name and size, Download, Close; Escape closes it. */
function ImagePreview({ attachment, url, onClose }: ImagePreviewProps) {
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return undefined;
    if (!dialog.open) dialog.showModal();
    closeRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="attachment-preview"
      aria-labelledby={titleId}
      // Escape (the dialog's cancel) and every other way out go through the one close path.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="attachment-preview__body">
        <h2 id={titleId} className="attachment-preview__title">
          <FileName name={attachment.name} />
        </h2>
        <FileFacts attachment={attachment} />
        <img className="attachment-preview__image" src={url} alt={displayFileName(attachment.name)} />
        <div className="ss-actions">
          <a className={buttonClass('secondary')} href={url} download={attachment.name}>
            {t('attachments.view.download')}
          </a>
          <Button ref={closeRef} variant="quiet" onClick={onClose}>
            {t('attachments.view.close')}
          </Button>
        </div>
      </div>
    </dialog>
  );
}

/**
 * A file that is not shown in the page (a PDF): fetched only when the seller asks for it, then
 * handed to the browser as a download under its own name.
 */
function FileAttachment({ attachment }: AttachmentViewProps) {
  const t = useT();
  const [wanted, setWanted] = useState(false);
  const content = useAttachmentContent(attachment, wanted);
  const url = useObjectUrl(content.data);
  const linkRef = useRef<HTMLAnchorElement>(null);
  const name = displayFileName(attachment.name);

  useEffect(() => {
    // The first click fetched the file: its download starts as soon as the bytes are here.
    if (wanted && url !== null) linkRef.current?.click();
  }, [wanted, url]);

  return (
    <div className="attachment-view attachment-view--file">
      <svg className="attachment-view__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M6 2h8l6 6v14H6z M14 2v6h6 M9 13h8 M9 17h8"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      </svg>
      <span className="attachment-view__caption">
        <FileName className="attachment-view__name" name={attachment.name} />
        <FileFacts attachment={attachment} />
        {content.isError && (
          <span className="attachment-view__failed" role="alert">
            {t('attachments.view.failed')}
          </span>
        )}
      </span>
      {url === null ? (
        <Button
          variant="quiet"
          aria-label={t('attachments.view.downloadFile', { name })}
          disabled={wanted && content.isFetching}
          onClick={() => {
            if (content.isError) void content.refetch();
            setWanted(true);
          }}
        >
          {wanted && content.isFetching ? t('attachments.view.loading') : t('attachments.view.download')}
        </Button>
      ) : (
        <a
          ref={linkRef}
          className={buttonClass('quiet')}
          href={url}
          download={attachment.name}
          aria-label={t('attachments.view.downloadFile', { name })}
        >
          {t('attachments.view.download')}
        </a>
      )}
    </div>
  );
}
