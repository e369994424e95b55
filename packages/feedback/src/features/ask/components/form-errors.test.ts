import { fieldErrorCodes } from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate';
import { en, ru } from '../../../testing/messages';
import { fieldIds, type FormPath } from '../model/field-paths';
import { fieldErrorText, serverErrorType } from './form-errors';

const ruT = createTranslator('ru', ru);
const enT = createTranslator('en', en);
const paths = Object.keys(fieldIds).filter((path): path is FormPath => path in fieldIds);

describe('fieldErrorText', () => {
  it('an empty required field names itself: no two fields say the same', () => {
    for (const t of [ruT, enT]) {
      const texts = paths.map(
        (path) => fieldErrorText(t, path, { message: 'required', type: 'custom' }).summary,
      );
      expect(new Set(texts).size).toBe(paths.length);
    }
  });

  it.each(paths)('a server refusal of %s, whatever its code, is worded by the module', (path) => {
    for (const code of [...fieldErrorCodes, 'spam_like', undefined]) {
      for (const [t, language] of [
        [ruT, /[а-яё]/i],
        [enT, /^[\x20-\x7E“”’]+$/],
      ] as const) {
        const text = fieldErrorText(t, path, {
          message: 'value rejected (E42)',
          type: serverErrorType(code),
        });
        expect(text.summary).toMatch(language);
        expect(text.summary).not.toContain('E42');
        expect(text.serverText).toBe('value rejected (E42)');
      }
    }
  });

  it('a known code reads as the module’s own check would; an unknown one names the field', () => {
    const type = serverErrorType('in_future');
    expect(fieldErrorText(ruT, 'fields.incidentDate', { message: 'x', type })).toMatchObject({
      inline: 'Дата не может быть в будущем',
      summary: 'Дата происшествия не может быть в будущем',
    });
    expect(fieldErrorText(ruT, 'subject', { message: 'x', type: serverErrorType('spam_like') }).summary).toBe(
      'Проверьте поле «Заголовок»: сервер его не принял',
    );
    expect(fieldErrorText(ruT, 'subject', { message: '', type: serverErrorType(undefined) }).serverText).toBe(
      undefined,
    );
  });
});
