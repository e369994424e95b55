import { describe, expect, it } from 'vitest';
import { checkText } from './text-rules';

describe('checkText', () => {
  const rules = { min: 3, max: 10, required: true };

  it('counts the text as it will be sent', () => {
    expect(checkText('  абв  \n', rules)).toBeNull();
    expect(checkText('  аб  ', rules)).toEqual({ code: 'tooShort', limit: 3 });
    expect(checkText('а'.repeat(11), rules)).toEqual({ code: 'tooLong', limit: 10 });
    // "е" and a combining diaeresis compose to one "ё".
    expect(checkText('ёёё', rules)).toBeNull();
    expect(checkText('е\u0308'.repeat(10), rules)).toBeNull();
  });

  it('refuses control characters instead of dropping them silently', () => {
    expect(checkText('Текст\u202E', rules)).toEqual({ code: 'controlCharacters' });
    expect(checkText('abc\u0007', { ...rules, required: false })).toEqual({ code: 'controlCharacters' });
  });

  it('lets an optional text stay empty but checks it once written', () => {
    const optional = { min: 0, max: 5, required: false };
    expect(checkText('   ', optional)).toBeNull();
    expect(checkText('', rules)).toEqual({ code: 'required' });
    expect(checkText('слишком', optional)).toEqual({ code: 'tooLong', limit: 5 });
  });
});
