import { describe, expect, it } from 'vitest';
import { fileTypeLabel, formatFileSize } from './format-size';

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

describe('fileTypeLabel', () => {
  it('names the known types as sellers know them and leaves others as they are', () => {
    expect(fileTypeLabel('image/jpeg')).toBe('JPEG');
    expect(fileTypeLabel('application/pdf')).toBe('PDF');
    expect(fileTypeLabel('image/gif')).toBe('image/gif');
  });
});
