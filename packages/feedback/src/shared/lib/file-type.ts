import type { AttachmentPolicy } from '@seller-support/contract';

interface Signature {
  readonly type: string;
  /** Byte patterns that must all match, each at its offset. */
  readonly parts: readonly { readonly offset: number; readonly bytes: readonly number[] }[];
}

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));

/** Magic numbers of the file types a support request may carry. */
export const fileSignatures: readonly Signature[] = [
  { type: 'image/jpeg', parts: [{ offset: 0, bytes: [0xff, 0xd8, 0xff] }] },
  { type: 'image/png', parts: [{ offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }] },
  {
    type: 'image/webp',
    parts: [
      { offset: 0, bytes: ascii('RIFF') },
      { offset: 8, bytes: ascii('WEBP') },
    ],
  },
  { type: 'application/pdf', parts: [{ offset: 0, bytes: ascii('%PDF-') }] },
];

/** How many leading bytes {@link detectFileType} needs. */
export const sniffLength = Math.max(
  ...fileSignatures.flatMap((signature) => signature.parts.map((part) => part.offset + part.bytes.length)),
);

/** The type the bytes are, by their magic number; null when none of {@link fileSignatures} matches. */
export function detectTypeOfBytes(bytes: Uint8Array): string | null {
  const found = fileSignatures.find((signature) =>
    signature.parts.every(
      (part) =>
        bytes.length >= part.offset + part.bytes.length &&
        part.bytes.every((byte, i) => bytes[part.offset + i] === byte),
    ),
  );
  return found?.type ?? null;
}

/**
 * The real type of a file, by content: only its first bytes are read, so a 10 MB file costs
 * nothing. The name and the browser's `file.type` (both guessed from the extension) are ignored.
 */
export async function detectFileType(file: Blob): Promise<string | null> {
  const head = await file.slice(0, sniffLength).arrayBuffer();
  return detectTypeOfBytes(new Uint8Array(head));
}

/** Why a file cannot be attached. */
export type FileRefusal =
  | { kind: 'empty' }
  | { kind: 'type'; detected: string | null }
  | { kind: 'fileSize'; size: number; max: number }
  | { kind: 'totalSize'; total: number; max: number }
  | { kind: 'count'; max: number }
  /** The same file (name, size and modification time) is already attached or on its way. */
  | { kind: 'duplicate' };

export type FileCheck = { ok: true; type: string } | { ok: false; refusal: FileRefusal };

/**
 * Whether a file may join the ones already chosen (uploaded or uploading), under the policy's
 * limits. Checked in the order a seller can act on: empty, wrong type, too large, too much in
 * total, too many.
 */
export async function checkFile(
  file: Blob,
  policy: AttachmentPolicy,
  alreadyChosen: readonly { readonly size: number }[],
): Promise<FileCheck> {
  if (file.size === 0) return { ok: false, refusal: { kind: 'empty' } };
  const detected = await detectFileType(file);
  if (detected === null || !policy.types.includes(detected)) {
    return { ok: false, refusal: { kind: 'type', detected } };
  }
  if (file.size > policy.maxFileBytes) {
    return { ok: false, refusal: { kind: 'fileSize', size: file.size, max: policy.maxFileBytes } };
  }
  const total = alreadyChosen.reduce((sum, chosen) => sum + chosen.size, 0) + file.size;
  if (total > policy.maxTotalBytes) {
    return { ok: false, refusal: { kind: 'totalSize', total, max: policy.maxTotalBytes } };
  }
  if (alreadyChosen.length + 1 > policy.maxFiles) {
    return { ok: false, refusal: { kind: 'count', max: policy.maxFiles } };
  }
  return { ok: true, type: detected };
}
