import type { AttachmentPolicy } from '@seller-support/contract';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { checkFile, detectFileType, detectTypeOfBytes, fileSignatures, sniffLength } from './file-type';

const policy: AttachmentPolicy = {
  maxFileBytes: 10 * 1024 * 1024,
  maxTotalBytes: 50 * 1024 * 1024,
  maxFiles: 10,
  types: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
};

const pngHead = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d];
const jpegHead = [0xff, 0xd8, 0xff, 0xe0];
const ascii = (text: string): number[] => Array.from(new TextEncoder().encode(text));
const webpHead = [...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WEBPVP8 ')];
const pdfHead = ascii('%PDF-1.7\n');

function file(bytes: readonly number[] | string, name: string, type = ''): File {
  const part = typeof bytes === 'string' ? bytes : new Uint8Array(bytes);
  return new File([part], name, { type });
}

/** A Blob of `size` bytes that starts with `head`, without allocating it. */
function sized(head: readonly number[], size: number): Blob {
  const blob = new Blob([new Uint8Array(head)]);
  // Only `size` and the first bytes are read by the check.
  return Object.defineProperty(blob, 'size', { value: size });
}

describe('detectFileType', () => {
  it.each([
    ['image/jpeg', jpegHead],
    ['image/png', pngHead],
    ['image/webp', webpHead],
    ['application/pdf', pdfHead],
  ])('recognises %s by its magic number', async (type, head) => {
    await expect(detectFileType(file([...head, 1, 2, 3], 'whatever.bin'))).resolves.toBe(type);
  });

  it('ignores the name and the declared type', async () => {
    await expect(detectFileType(file('just some text', 'photo.jpg', 'image/jpeg'))).resolves.toBeNull();
    await expect(detectFileType(file(pngHead, 'notes.txt', 'text/plain'))).resolves.toBe('image/png');
  });

  it('wants the whole signature: RIFF without WEBP is not WebP, a cut PNG header is nothing', async () => {
    await expect(
      detectFileType(file([...webpHead.slice(0, 8), 0x41, 0x56, 0x49, 0x20], 'a.webp')),
    ).resolves.toBeNull();
    await expect(detectFileType(file(pngHead.slice(0, 5), 'a.png'))).resolves.toBeNull();
  });

  it('reads only the first bytes of the file', async () => {
    const blob = new Blob([new Uint8Array(pngHead), new Uint8Array(1024 * 1024)]);
    const slice = vi.spyOn(blob, 'slice');
    await detectFileType(blob);
    expect(slice).toHaveBeenCalledWith(0, sniffLength);
    expect(sniffLength).toBeLessThanOrEqual(16);
  });

  it('never detects random bytes as a type unless they start with its signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 32 }), (bytes) => {
        const detected = detectTypeOfBytes(bytes);
        if (detected === null) return;
        const signature = fileSignatures.find((candidate) => candidate.type === detected);
        expect(signature).toBeDefined();
        for (const part of signature?.parts ?? []) {
          expect([...bytes.slice(part.offset, part.offset + part.bytes.length)]).toEqual(part.bytes);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('detects any bytes that start with a signature, whatever follows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fileSignatures),
        fc.uint8Array({ minLength: sniffLength, maxLength: 64 }),
        (signature, tail) => {
          const bytes = Uint8Array.from(tail);
          for (const part of signature.parts) bytes.set(part.bytes, part.offset);
          expect(detectTypeOfBytes(bytes)).toBe(signature.type);
        },
      ),
    );
  });

  it('detects text as nothing, whatever it says', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const bytes = new TextEncoder().encode(text);
        fc.pre(!text.startsWith('%PDF-') && !text.startsWith('RIFF'));
        expect(detectTypeOfBytes(bytes)).toBeNull();
      }),
    );
  });
});

describe('checkFile', () => {
  it('accepts an allowed type, detected by content', async () => {
    await expect(checkFile(file(pngHead, 'scan.txt'), policy, [])).resolves.toEqual({
      ok: true,
      type: 'image/png',
    });
  });

  it('refuses an empty file', async () => {
    await expect(checkFile(file([], 'photo.jpg', 'image/jpeg'), policy, [])).resolves.toEqual({
      ok: false,
      refusal: { kind: 'empty' },
    });
  });

  it('refuses a file that lies about its type, saying what it really is', async () => {
    await expect(checkFile(file('hello', 'photo.jpg', 'image/jpeg'), policy, [])).resolves.toEqual({
      ok: false,
      refusal: { kind: 'type', detected: null },
    });
    await expect(
      checkFile(file(pdfHead, 'contract.pdf'), { ...policy, types: ['image/png'] }, []),
    ).resolves.toEqual({ ok: false, refusal: { kind: 'type', detected: 'application/pdf' } });
  });

  it('refuses a file over the per-file size, and accepts one exactly at it', async () => {
    const max = policy.maxFileBytes;
    await expect(checkFile(sized(jpegHead, max + 1), policy, [])).resolves.toEqual({
      ok: false,
      refusal: { kind: 'fileSize', size: max + 1, max },
    });
    await expect(checkFile(sized(jpegHead, max), policy, [])).resolves.toEqual({
      ok: true,
      type: 'image/jpeg',
    });
  });

  it('refuses a file that takes the total over the limit', async () => {
    const chosen = Array.from({ length: 4 }, () => ({ size: 12 * 1024 * 1024 }));
    await expect(checkFile(sized(pdfHead, 3 * 1024 * 1024), policy, chosen)).resolves.toEqual({
      ok: false,
      refusal: { kind: 'totalSize', total: 51 * 1024 * 1024, max: policy.maxTotalBytes },
    });
  });

  it('refuses a file over the count', async () => {
    const chosen = Array.from({ length: policy.maxFiles }, () => ({ size: 10 }));
    await expect(checkFile(file(pngHead, 'eleventh.png'), policy, chosen)).resolves.toEqual({
      ok: false,
      refusal: { kind: 'count', max: policy.maxFiles },
    });
    await expect(checkFile(file(pngHead, 'tenth.png'), policy, chosen.slice(1))).resolves.toMatchObject({
      ok: true,
    });
  });

  it('accepts exactly the files whose leading bytes carry an allowed signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 32 }), async (bytes) => {
        const result = await checkFile(new Blob([bytes]), policy, []);
        const detected = detectTypeOfBytes(bytes);
        expect(result.ok).toBe(detected !== null && policy.types.includes(detected));
      }),
      { numRuns: 500 },
    );
  });
});
