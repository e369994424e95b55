import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate';
import { en, ru } from '../../testing/messages';
import { goneAttachmentsMessage, refusedAttachmentIds } from './gone-attachments';

describe('refusedAttachmentIds', () => {
  it('names the uploads a 422 refuses by their index in the body that was sent', () => {
    const errors = [
      { path: 'attachmentIds.1', message: 'no uploaded file att-2' },
      { path: 'attachmentIds', message: 'at most 10 files' },
      { path: 'subject', message: 'too short' },
      { path: 'attachmentIds.7', message: 'out of range' },
    ];
    expect([...refusedAttachmentIds(errors, ['att-1', 'att-2', 'att-3'])]).toEqual(['att-2']);
  });
});

describe('goneAttachmentsMessage', () => {
  it('names every file, neutralised, in both languages', () => {
    expect(goneAttachmentsMessage(createTranslator('ru', ru), 'ru', ['a.png', 'b\u202Egnp.pdf'])).toBe(
      'Сервер не нашёл файлы a.png и b\uFFFDgnp.pdf: прикрепите их заново',
    );
    expect(goneAttachmentsMessage(createTranslator('en', en), 'en', ['a.png'])).toBe(
      'The server no longer has a.png: attach it again',
    );
  });
});
