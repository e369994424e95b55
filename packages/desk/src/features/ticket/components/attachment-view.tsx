import { controlCharacters, type Attachment } from '@seller-support/contract';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useDeskClient } from '../../../shared/api/desk-client-context';
import { useDeskI18n } from '../../../shared/i18n/i18n';
import { Button, buttonClass } from '../../../shared/ui/button';

const controlCharactersGlobal = new RegExp(controlCharacters.source, 'gu');

/**
 * A file name as the desk may show it: a control or bidi character becomes a visible marker, so
 * "invoice\u202Egnp.exe" cannot pass for "invoiceexe.png" in front of a moderator either.
 */
function displayFileName(name: string): string {
  return name.replace(controlCharactersGlobal, '\uFFFD');
}

function FileName({ name }: { name: string }) {
  return <bdi className="desk-file__name">{displayFileName(name)}</bdi>;
}

/** Whether the browser shows the file as a picture (the types the policy accepts). */
function isImage(attachment: Attachment): boolean {
  return /^image\/(png|jpeg|webp)$/.test(attachment.type);
}

/**
 * The file's bytes, fetched with the moderator's token (an `<img src>` to the API could not send
 * it). Keyed outside `deskKeys.all`: refreshing the desk after an action must not refetch files,
 * whose content never changes.
 */
function useAttachmentContent(attachment: Attachment, enabled: boolean) {
  const client = useDeskClient();
  return useQuery({
    queryKey: ['desk-attachment', attachment.id],
    queryFn: ({ signal }) => client.getAttachment(attachment.id, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}

/** An object URL of `blob` while the component shows it, revoked on unmount. */
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

/** The files of a request or a message: pictures as thumbnails that open larger, others to download. */
export function AttachmentList({ attachments }: { attachments: readonly Attachment[] }) {
  return (
    <ul className="desk-files">
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          {isImage(attachment) ? (
            <ImageAttachment attachment={attachment} />
          ) : (
            <FileAttachment attachment={attachment} />
          )}
        </li>
      ))}
    </ul>
  );
}

function ImageAttachment({ attachment }: { attachment: Attachment }) {
  const { m, fill } = useDeskI18n();
  const content = useAttachmentContent(attachment, true);
  const url = useObjectUrl(content.data);
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const name = displayFileName(attachment.name);

  useEffect(() => {
    // Once the modal dialog has gone the page takes focus again: back to the thumbnail it opened from.
    if (open || !returnFocus.current) return;
    returnFocus.current = false;
    triggerRef.current?.focus();
  }, [open]);

  return (
    <div className="desk-file">
      {content.isError ? (
        <span className="desk-file__thumb desk-file__thumb--failed" aria-hidden="true">
          ⚠
        </span>
      ) : (
        <button
          ref={triggerRef}
          type="button"
          className="desk-file__thumb"
          aria-label={fill(m.files.open, { name })}
          disabled={url === null}
          onClick={() => setOpen(true)}
        >
          {url === null ? (
            <span className="ss-skeleton desk-file__placeholder" aria-hidden="true" />
          ) : (
            <img src={url} alt="" />
          )}
        </button>
      )}
      <span className="desk-file__caption">
        <FileName name={attachment.name} />
        {content.isPending && <span className="ss-muted">{m.files.loading}</span>}
        {content.isError && (
          <span className="desk-file__failed">
            <span role="alert">{fill(m.files.failed, { name })}</span>{' '}
            <Button variant="quiet" onClick={() => void content.refetch()}>
              {m.common.retry}
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

/** The picture as large as the screen allows, in a modal dialog: Download, Close; Escape closes. */
function ImagePreview({
  attachment,
  url,
  onClose,
}: {
  attachment: Attachment;
  url: string;
  onClose: () => void;
}) {
  const { m } = useDeskI18n();
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
      className="desk-preview"
      aria-labelledby={titleId}
      // Escape (the dialog's cancel) goes through the one close path, which puts focus back.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="ss-stack">
        <h2 id={titleId} className="desk-preview__title">
          <FileName name={attachment.name} />
        </h2>
        <img className="desk-preview__image" src={url} alt={displayFileName(attachment.name)} />
        <div className="ss-actions">
          <a className={buttonClass('secondary')} href={url} download={attachment.name}>
            {m.files.download}
          </a>
          <Button ref={closeRef} variant="quiet" onClick={onClose}>
            {m.files.close}
          </Button>
        </div>
      </div>
    </dialog>
  );
}

/** A file the page does not show (a PDF): fetched when asked for, then handed over as a download. */
function FileAttachment({ attachment }: { attachment: Attachment }) {
  const { m, fill } = useDeskI18n();
  const [wanted, setWanted] = useState(false);
  const content = useAttachmentContent(attachment, wanted);
  const url = useObjectUrl(content.data);
  const linkRef = useRef<HTMLAnchorElement>(null);
  const name = displayFileName(attachment.name);

  useEffect(() => {
    // The click fetched the file: its download starts as soon as the bytes are here.
    if (wanted && url !== null) linkRef.current?.click();
  }, [wanted, url]);

  const label = fill(m.files.downloadFile, { name });
  return (
    <div className="desk-file">
      <svg className="desk-file__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M6 2h8l6 6v14H6z M14 2v6h6 M9 13h8 M9 17h8"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      </svg>
      <span className="desk-file__caption">
        <FileName name={attachment.name} />
        {content.isError && (
          <span className="desk-file__failed" role="alert">
            {fill(m.files.failed, { name })}
          </span>
        )}
      </span>
      {url === null ? (
        <Button
          variant="quiet"
          aria-label={label}
          disabled={wanted && content.isFetching}
          onClick={() => {
            if (content.isError) void content.refetch();
            setWanted(true);
          }}
        >
          {wanted && content.isFetching ? m.files.loading : m.files.download}
        </Button>
      ) : (
        <a
          ref={linkRef}
          className={buttonClass('quiet')}
          href={url}
          download={attachment.name}
          aria-label={label}
        >
          {m.files.download}
        </a>
      )}
    </div>
  );
}
