import { describe, expect, it, vi } from 'vitest';
import { emptyAskFormValues } from '../model/form-values';
import { createIdbDraftStore, draftKey, type Draft } from './draft-store';

const draft = (subject: string): Draft => ({
  values: { ...emptyAskFormValues('fraud'), subject },
  idempotencyKey: '6f1f8a56-2f0e-4b3f-9d8e-1c2b3a4d5e6f',
  savedAt: '2026-11-25T12:00:00+03:00',
});

describe('createIdbDraftStore', () => {
  it('keeps one draft per seller in IndexedDB, until cleared', async () => {
    const store = createIdbDraftStore();
    await store.save('s-1', draft('Первый продавец'));
    await store.save('s-2', draft('Второй продавец'));

    // A new store (a reload) reads the same database.
    const reloaded = createIdbDraftStore();
    expect((await reloaded.load('s-1'))?.values.subject).toBe('Первый продавец');
    expect((await reloaded.load('s-2'))?.values.subject).toBe('Второй продавец');
    expect((await reloaded.load('s-1'))?.idempotencyKey).toBe(draft('').idempotencyKey);

    await reloaded.clear('s-1');
    expect(await reloaded.load('s-1')).toBeNull();
    expect(await reloaded.load('s-2')).not.toBeNull();
    await reloaded.clear('s-2');
  });

  it('drops a stored value that is not a draft', async () => {
    const { set, createStore } = await import('idb-keyval');
    await set(
      draftKey('s-3'),
      { version: 1, values: { topic: 'nonsense' } },
      createStore('seller-support', 'drafts'),
    );
    expect(await createIdbDraftStore().load('s-3')).toBeNull();
  });

  it('falls back to memory when IndexedDB fails, and the seller keeps the draft for the page', async () => {
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('IndexedDB is disabled', 'InvalidStateError');
    });
    const store = createIdbDraftStore();
    await store.save('s-4', draft('Без IndexedDB'));
    expect((await store.load('s-4'))?.values.subject).toBe('Без IndexedDB');
    expect(open).toHaveBeenCalled();
  });
});
