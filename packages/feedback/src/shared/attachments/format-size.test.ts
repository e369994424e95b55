import { describe, expect, it } from 'vitest';
import { fileTypeLabel, formatFileSize, formatFileSizeOverLimit } from './format-size';

const nbsp = '\u00A0';

describe('formatFileSize', () => {
  it('reads like a file manager, in both languages', () => {
    expect(formatFileSize(13_002_342, 'en')).toBe('12.4 MB');
    expect(formatFileSize(10_485_760, 'en')).toBe('10 MB');
    expect(formatFileSize(13_002_342, 'ru')).toBe('12,4 МБ');
    expect(formatFileSize(52_428_800, 'ru')).toBe('50 МБ');
    expect(formatFileSize(2_048, 'en')).toBe('2 kB');
    expect(formatFileSize(999, 'en')).toBe('999 bytes');
    expect(formatFileSize(999, 'ru')).toBe('999 байт');
  });
});

describe('formatFileSizeOverLimit', () => {
  const mib = 1024 * 1024;

  it('keeps the usual figures when they already differ', () => {
    expect(formatFileSizeOverLimit(13_002_342, 10 * mib, 'en')).toEqual(['12.4 MB', '10 MB']);
    expect(formatFileSizeOverLimit(13_002_342, 10 * mib, 'ru')).toEqual(['12,4 МБ', '10 МБ']);
  });

  it('adds decimals while the rounded figures read the same', () => {
    expect(formatFileSizeOverLimit(2.04 * mib, 2 * mib, 'en')).toEqual(['2.04 MB', '2 MB']);
    expect(formatFileSizeOverLimit(2 * mib + 2048, 2 * mib, 'ru')).toEqual(['2,002 МБ', '2 МБ']);
  });

  it('gives exact bytes for a file one byte over the limit, in both languages', () => {
    expect(formatFileSizeOverLimit(2 * mib + 1, 2 * mib, 'en')).toEqual([
      '2,097,153 bytes',
      '2,097,152 bytes',
    ]);
    expect(formatFileSizeOverLimit(2 * mib + 1, 2 * mib, 'ru')).toEqual([
      `2${nbsp}097${nbsp}153 байта`,
      `2${nbsp}097${nbsp}152 байта`,
    ]);
  });
});

describe('fileTypeLabel', () => {
  it('names the known types as sellers know them and leaves others as they are', () => {
    expect(fileTypeLabel('image/jpeg')).toBe('JPEG');
    expect(fileTypeLabel('application/pdf')).toBe('PDF');
    expect(fileTypeLabel('image/gif')).toBe('image/gif');
  });
});
