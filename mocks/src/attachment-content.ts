import type { Attachment } from '@seller-support/contract';
import { hashBytes } from './random';

/*
 * The bytes a seeded attachment is served with: the dataset names files ("дефект.png", "чек.pdf")
 * but holds no content, so `GET /attachments/{id}` makes a small valid file of the attachment's
 * kind, the same for the same id. Written out by hand (a PNG with stored deflate blocks, a
 * one-page PDF) so the mocks run the same in Node and in the browser without an image library.
 */

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function uint32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function concat(parts: readonly (Uint8Array | readonly number[])[]): Uint8Array<ArrayBuffer> {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const result = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concat([new TextEncoder().encode(type), data]);
  return concat([uint32(data.length), typed, uint32(crc32(typed))]);
}

/** zlib data in stored (uncompressed) deflate blocks: valid for any decoder, no compressor needed. */
function zlibStored(raw: Uint8Array): Uint8Array {
  const blocks: (Uint8Array | number[])[] = [[0x78, 0x01]];
  const max = 0xffff;
  for (let offset = 0; offset < raw.length || offset === 0; offset += max) {
    const part = raw.subarray(offset, Math.min(raw.length, offset + max));
    const final = offset + max >= raw.length ? 1 : 0;
    blocks.push([
      final,
      part.length & 0xff,
      part.length >>> 8,
      ~part.length & 0xff,
      (~part.length >>> 8) & 0xff,
    ]);
    blocks.push(part);
    if (raw.length === 0) break;
  }
  blocks.push(uint32(adler32(raw)));
  return concat(blocks);
}

/**
 * A 160×120 PNG that reads as a photo at a glance: a sky-to-floor gradient and an object in the
 * middle, its hue from `seed`.
 */
export function samplePng(seed: number, width = 160, height = 120): Uint8Array<ArrayBuffer> {
  const hue = seed % 360;
  const [r0, g0, b0] = hsl(hue, 0.35, 0.82);
  const [r1, g1, b1] = hsl(hue, 0.3, 0.55);
  const [ro, go, bo] = hsl((hue + 180) % 360, 0.55, 0.4);
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y += 1) {
    const row = y * (1 + width * 3);
    raw[row] = 0;
    const t = y / (height - 1);
    for (let x = 0; x < width; x += 1) {
      const dx = (x - width / 2) / (width / 4);
      const dy = (y - height * 0.55) / (height / 4);
      const inside = dx * dx + dy * dy < 1;
      const at = row + 1 + x * 3;
      raw[at] = inside ? ro : Math.round(r0 + (r1 - r0) * t);
      raw[at + 1] = inside ? go : Math.round(g0 + (g1 - g0) * t);
      raw[at + 2] = inside ? bo : Math.round(b0 + (b1 - b0) * t);
    }
  }
  const header = concat([uint32(width), uint32(height), [8, 2, 0, 0, 0]]);
  return concat([
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    chunk('IHDR', header),
    chunk('IDAT', zlibStored(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

function hsl(h: number, s: number, l: number): [number, number, number] {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] =
    h < 60
      ? [c, x, 0]
      : h < 120
        ? [x, c, 0]
        : h < 180
          ? [0, c, x]
          : h < 240
            ? [0, x, c]
            : h < 300
              ? [x, 0, c]
              : [c, 0, x];
  return [Math.round((r + m) * 255), Math.round((g + m) * 255), Math.round((b + m) * 255)];
}

/** A one-page PDF saying which attachment it stands for (ASCII: the standard fonts have no Cyrillic). */
export function samplePdf(title: string): Uint8Array<ArrayBuffer> {
  const text = title.replace(/[^\x20-\x7e]/g, '?').replace(/[()\\]/g, '');
  const stream = `BT /F1 16 Tf 72 770 Td (Seller support mock document) Tj 0 -28 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** The content a seeded attachment is served with: an image for an image, a PDF otherwise. */
export function sampleAttachmentBytes(attachment: Attachment): Uint8Array<ArrayBuffer> {
  const seed = hashBytes(new TextEncoder().encode(attachment.id));
  return attachment.type.startsWith('image/') ? samplePng(seed) : samplePdf(attachment.id);
}

// A sample PNG's length depends on its size alone (stored, not compressed), never on its colours.
let samplePngLength: number | undefined;

/**
 * The length of {@link sampleAttachmentBytes} without drawing a picture for each: a dataset of
 * 1,200 requests seeds some 1,500 photos, and drawing each only to measure it made every dataset
 * (and every test that builds one) an order of magnitude slower.
 */
export function sampleAttachmentSize(attachment: Attachment): number {
  if (!attachment.type.startsWith('image/')) return samplePdf(attachment.id).length;
  samplePngLength ??= samplePng(0).length;
  return samplePngLength;
}
