import { describe, expect, it } from 'vitest';
import { localizedText } from './localized-text';

describe('localizedText', () => {
  const labels = { ru: 'Горячая линия', en: 'Hotline' };

  it("takes the seller's language when the server sent it", () => {
    expect(localizedText('Линия', labels, 'en')).toBe('Hotline');
    expect(localizedText('Линия', labels, 'ru')).toBe('Горячая линия');
  });

  it('falls back to the default text when that language is missing or blank', () => {
    expect(localizedText('Линия', { ru: 'Горячая линия' }, 'en')).toBe('Линия');
    expect(localizedText('Линия', { en: '  ' }, 'en')).toBe('Линия');
    expect(localizedText('Линия', undefined, 'en')).toBe('Линия');
  });
});
