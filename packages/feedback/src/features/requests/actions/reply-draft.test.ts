import { describe, expect, it } from 'vitest';
import { createMemoryDraftStorage } from '../../../shared/drafts/draft-storage';
import { loadReplyDraft, newReplyDraft, replyDraftKey, saveReplyDraft } from './reply-draft';

describe('reply drafts', () => {
  it('keeps the text, the uploaded files and the key per request', async () => {
    const storage = createMemoryDraftStorage();
    const draft = {
      ...newReplyDraft(),
      body: 'Прикладываю фото',
      attachments: [{ id: 'att-1001', name: 'photo.png', size: 120, type: 'image/png' }],
    };
    await saveReplyDraft(storage, 'T-000106', draft);
    expect(await loadReplyDraft(storage, 'T-000106')).toEqual(draft);
    expect(await loadReplyDraft(storage, 'T-000105')).toBeNull();
    // Exactly what a draft holds, nothing more (no token, no seller data).
    const stored = await storage.get(replyDraftKey('T-000106'));
    expect(stored).toMatchObject({ version: 1, ...draft });
    expect(typeof stored === 'object' && stored !== null ? Object.keys(stored).sort() : []).toEqual([
      'attachments',
      'body',
      'idempotencyKey',
      'savedAt',
      'version',
    ]);
  });

  it('removes a draft with nothing in it', async () => {
    const storage = createMemoryDraftStorage();
    const draft = { ...newReplyDraft(), body: 'Текст' };
    await saveReplyDraft(storage, 'T-1', draft);
    await saveReplyDraft(storage, 'T-1', { ...draft, body: '  ' });
    expect(await storage.get(replyDraftKey('T-1'))).toBeUndefined();
  });

  it('drops a stored value it does not recognise', async () => {
    const storage = createMemoryDraftStorage();
    await storage.set(replyDraftKey('T-1'), { version: 2, body: 'x' });
    expect(await loadReplyDraft(storage, 'T-1')).toBeNull();
    await storage.set(replyDraftKey('T-2'), {
      version: 1,
      body: 'x',
      attachments: [{ id: '' }],
      idempotencyKey: 'k',
      savedAt: '',
    });
    expect(await loadReplyDraft(storage, 'T-2')).toBeNull();
  });

  it('makes a new key for every new draft', () => {
    expect(newReplyDraft().idempotencyKey).not.toBe(newReplyDraft().idempotencyKey);
  });
});
