import { describe, expect, it } from 'vitest';
import { messageSnippet } from './message-snippet';

describe('messageSnippet', () => {
  it('keeps a short message whole, on one line', () => {
    expect(messageSnippet('  Здравствуйте!\n\nПришлите   фото.  ')).toBe('Здравствуйте! Пришлите фото.');
  });

  it('cuts a long one at a word boundary near the limit and says so', () => {
    const body = `${'слово '.repeat(30)}конец`;
    const snippet = messageSnippet(body);
    expect(snippet.endsWith('слово…')).toBe(true);
    expect(Array.from(snippet).length).toBeLessThanOrEqual(141);
    expect(Array.from(snippet).length).toBeGreaterThan(120);
  });

  it('cuts a text without spaces at the limit, and never splits an emoji', () => {
    expect(messageSnippet('a'.repeat(300), 10)).toBe(`${'a'.repeat(10)}…`);
    expect(messageSnippet('😀'.repeat(20), 5)).toBe(`${'😀'.repeat(5)}…`);
  });
});
