import { cleanFileName, type AttachmentPolicy } from '@seller-support/contract';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useApiClient } from '../api/api-client-context';
import { failureOf, type Failure } from '../api/error-kind';
import { checkFile, type FileRefusal } from '../lib/file-type';
import { useLatest } from '../lib/use-latest';
import { AttachmentUpload, isCancelled } from './upload-attachment';
import { makeThumbnail } from './thumbnail';

/** An uploaded file as the draft keeps it: what the server answered, and a small preview for images. */
export interface DraftAttachment {
  id: string;
  name: string;
  size: number;
  type: string;
  /** A small `data:` URL of an image (≤ 96 px), so a restored draft still shows it. */
  thumbnail?: string;
}

/** A file on its way: uploading, or failed and waiting for a retry. */
export interface PendingAttachment {
  localId: string;
  name: string;
  size: number;
  /** The type found by content. */
  type: string;
  /** An object URL of the image itself, for this session only. */
  previewUrl: string | null;
  status: 'uploading' | 'failed';
  loaded: number;
  total: number;
  failure: Failure | null;
}

export interface RefusedFile {
  name: string;
  refusal: FileRefusal;
}

type AnnouncementText =
  | { kind: 'uploaded' | 'failed' | 'cancelled' | 'removed'; name: string }
  | { kind: 'refused'; count: number };

/** What the field tells the seller through its polite live region; `at` tells a repeat apart. */
export type Announcement = AnnouncementText & { at: number };

interface Session {
  upload: AttachmentUpload;
  thumbnail: Promise<string | undefined>;
}

export interface AttachmentUploadsOptions {
  policy: AttachmentPolicy;
  value: readonly DraftAttachment[];
  onChange: (value: DraftAttachment[]) => void;
  onBusyChange?: ((busy: boolean) => void) | undefined;
}

let localIds = 0;

/** What tells a file chosen again from another: name, size and, where known, the time it was last changed. */
interface FileIdentity {
  name: string;
  size: number;
  lastModified?: number;
}

// The server keeps a cleaned name (see cleanFileName), so names are compared cleaned. A restored
// draft's files have no modification time: for them name and size decide.
function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  return (
    a.size === b.size &&
    cleanFileName(a.name) === cleanFileName(b.name) &&
    (a.lastModified === undefined || b.lastModified === undefined || a.lastModified === b.lastModified)
  );
}

/**
 * The life of the field's files: checked by content and limits, uploaded at once, each with
 * progress, cancel, retry and remove. Only uploaded files go to `onChange`; object URLs made
 * for previews are revoked when their file is removed and when the field unmounts.
 */
export function useAttachmentUploads({ policy, value, onChange, onBusyChange }: AttachmentUploadsOptions) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const [pending, setPendingState] = useState<readonly PendingAttachment[]>([]);
  const [refused, setRefused] = useState<readonly RefusedFile[]>([]);
  const [previews, setPreviews] = useState<ReadonlyMap<string, string>>(new Map());
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);

  // Uploads may finish between renders: each reads and writes these, not a stale render's copy.
  const pendingRef = useRef<readonly PendingAttachment[]>([]);
  const valueRef = useRef(value);
  const sessions = useRef(new Map<string, Session>());
  // By local id while a file uploads, by attachment id once it is uploaded.
  const identities = useRef(new Map<string, FileIdentity>());
  const objectUrls = useRef(new Set<string>());
  const queue = useRef<Promise<void>>(Promise.resolve());
  const mounted = useRef(true);
  const callbacks = useLatest({ onChange, onBusyChange, policy });

  useLayoutEffect(() => {
    valueRef.current = value;
  }, [value]);

  const setPending = useCallback(
    (update: (items: readonly PendingAttachment[]) => readonly PendingAttachment[]) => {
      pendingRef.current = update(pendingRef.current);
      setPendingState(pendingRef.current);
    },
    [],
  );

  const patch = useCallback(
    (localId: string, changes: Partial<PendingAttachment>) =>
      setPending((items) => items.map((item) => (item.localId === localId ? { ...item, ...changes } : item))),
    [setPending],
  );

  const revoke = useCallback((url: string | null | undefined) => {
    if (url === null || url === undefined || !objectUrls.current.has(url)) return;
    URL.revokeObjectURL(url);
    objectUrls.current.delete(url);
  }, []);

  const announce = useCallback((text: AnnouncementText) => {
    setAnnouncement({ ...text, at: Date.now() });
  }, []);

  const run = useCallback(
    (localId: string) => {
      const session = sessions.current.get(localId);
      if (session === undefined) return;
      patch(localId, { status: 'uploading', loaded: 0, failure: null });
      session.upload
        .start((loaded, total) => {
          if (mounted.current) patch(localId, { loaded, total });
        })
        .then(async (attachment) => {
          const thumbnail = await session.thumbnail;
          if (!mounted.current) return;
          const item = pendingRef.current.find((candidate) => candidate.localId === localId);
          if (item === undefined) return;
          sessions.current.delete(localId);
          const identity = identities.current.get(localId);
          identities.current.delete(localId);
          if (identity !== undefined) identities.current.set(attachment.id, identity);
          if (item.previewUrl !== null) {
            const previewUrl = item.previewUrl;
            setPreviews((current) => new Map(current).set(attachment.id, previewUrl));
          }
          setPending((items) => items.filter((candidate) => candidate.localId !== localId));
          const draft: DraftAttachment = {
            id: attachment.id,
            name: attachment.name,
            size: attachment.size,
            type: attachment.type,
            ...(thumbnail === undefined ? {} : { thumbnail }),
          };
          const next = [...valueRef.current.filter((entry) => entry.id !== draft.id), draft];
          valueRef.current = next;
          callbacks.current.onChange(next);
          announce({ kind: 'uploaded', name: item.name });
        })
        .catch((error: unknown) => {
          if (isCancelled(error) || !mounted.current) return;
          patch(localId, { status: 'failed', failure: failureOf(error) });
          const item = pendingRef.current.find((candidate) => candidate.localId === localId);
          if (item !== undefined) announce({ kind: 'failed', name: item.name });
        });
    },
    [announce, callbacks, patch, setPending],
  );

  const check = useCallback(
    async (files: readonly File[]) => {
      const { policy: currentPolicy } = callbacks.current;
      const chosen: { size: number }[] = [...valueRef.current, ...pendingRef.current];
      const known: FileIdentity[] = [
        ...valueRef.current.map(({ id, name, size }) => identities.current.get(id) ?? { name, size }),
        ...pendingRef.current.map(
          ({ localId, name, size }) => identities.current.get(localId) ?? { name, size },
        ),
      ];
      const refusedNow: RefusedFile[] = [];
      const accepted: PendingAttachment[] = [];
      for (const file of files) {
        const identity: FileIdentity = { name: file.name, size: file.size, lastModified: file.lastModified };
        // Chosen twice (again from the dialog, or twice in one drop): said, not uploaded twice.
        if (known.some((other) => sameFile(other, identity))) {
          refusedNow.push({ name: file.name, refusal: { kind: 'duplicate' } });
          continue;
        }
        const result = await checkFile(file, currentPolicy, chosen);
        if (!result.ok) {
          refusedNow.push({ name: file.name, refusal: result.refusal });
          continue;
        }
        chosen.push(file);
        known.push(identity);
        const localId = `pending-${String((localIds += 1))}`;
        identities.current.set(localId, identity);
        const isImage = result.type.startsWith('image/');
        const previewUrl = isImage ? URL.createObjectURL(file) : null;
        if (previewUrl !== null) objectUrls.current.add(previewUrl);
        sessions.current.set(localId, {
          upload: new AttachmentUpload(api, queryClient, file),
          thumbnail: isImage ? makeThumbnail(file) : Promise.resolve(undefined),
        });
        accepted.push({
          localId,
          name: file.name,
          size: file.size,
          type: result.type,
          previewUrl,
          status: 'uploading',
          loaded: 0,
          total: file.size,
          failure: null,
        });
      }
      if (!mounted.current) return;
      setRefused(refusedNow);
      if (refusedNow.length > 0) announce({ kind: 'refused', count: refusedNow.length });
      setPending((items) => [...items, ...accepted]);
      for (const item of accepted) run(item.localId);
    },
    [announce, api, callbacks, queryClient, run, setPending],
  );

  /** Checks the files in order and uploads the accepted ones; batches never overlap. */
  const addFiles = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) return;
      queue.current = queue.current.then(() => check(files));
    },
    [check],
  );

  const cancel = useCallback(
    (localId: string) => {
      const item = pendingRef.current.find((candidate) => candidate.localId === localId);
      sessions.current.get(localId)?.upload.cancel();
      sessions.current.delete(localId);
      identities.current.delete(localId);
      setPending((items) => items.filter((candidate) => candidate.localId !== localId));
      if (item === undefined) return;
      revoke(item.previewUrl);
      announce({ kind: 'cancelled', name: item.name });
    },
    [announce, revoke, setPending],
  );

  const discard = useCallback(
    (localId: string) => {
      const item = pendingRef.current.find((candidate) => candidate.localId === localId);
      sessions.current.delete(localId);
      identities.current.delete(localId);
      setPending((items) => items.filter((candidate) => candidate.localId !== localId));
      if (item === undefined) return;
      revoke(item.previewUrl);
      announce({ kind: 'removed', name: item.name });
    },
    [announce, revoke, setPending],
  );

  const remove = useCallback(
    (id: string) => {
      const entry = valueRef.current.find((candidate) => candidate.id === id);
      const next = valueRef.current.filter((candidate) => candidate.id !== id);
      valueRef.current = next;
      identities.current.delete(id);
      callbacks.current.onChange(next);
      if (entry !== undefined) announce({ kind: 'removed', name: entry.name });
    },
    [announce, callbacks],
  );

  // A preview outlives its file nowhere: removed here or by the form (a cleared draft), it is
  // revoked. The map keeps the stale entry; its id is gone from `value`, so it is never shown.
  useEffect(() => {
    const ids = new Set(value.map((entry) => entry.id));
    for (const [id, url] of previews) if (!ids.has(id)) revoke(url);
  }, [previews, revoke, value]);

  const busy = pending.some((item) => item.status === 'uploading');
  const busyRef = useRef(false);
  useEffect(() => {
    if (busyRef.current === busy) return;
    busyRef.current = busy;
    callbacks.current.onBusyChange?.(busy);
  }, [busy, callbacks]);

  useEffect(() => {
    mounted.current = true;
    const urls = objectUrls.current;
    const running = sessions.current;
    // The host's latest callback, not the one of the first render.
    const latest = callbacks;
    return () => {
      mounted.current = false;
      for (const session of running.values()) session.upload.cancel();
      running.clear();
      for (const url of urls) URL.revokeObjectURL(url);
      urls.clear();
      if (busyRef.current) {
        busyRef.current = false;
        latest.current.onBusyChange?.(false);
      }
    };
  }, [callbacks]);

  return {
    pending,
    refused,
    previews,
    announcement,
    busy,
    addFiles,
    retry: run,
    cancel,
    discard,
    remove,
    dismissRefused: () => setRefused([]),
  };
}
