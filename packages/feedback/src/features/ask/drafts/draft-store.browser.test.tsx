import { createMockApi } from '@seller-support/mocks';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { buildTicketBody } from '../model/build-ticket-body';
import { emptyAskFormValues } from '../model/form-defaults';
import { askFormSchema } from '../model/form-schema';
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

  it('keeps a scoped draft apart from the seller’s own', async () => {
    const store = createIdbDraftStore();
    await store.save('s-5', draft('Страница'));
    await store.save('s-5', draft('Диалог о заказе'), 'order:7');
    expect(draftKey('s-5', 'order:7')).toBe('seller-support:draft:s-5:order:7');
    expect(draftKey('s-5')).toBe('seller-support:draft:s-5');
    expect((await store.load('s-5'))?.values.subject).toBe('Страница');
    expect((await store.load('s-5', 'order:7'))?.values.subject).toBe('Диалог о заказе');
    await store.clear('s-5', 'order:7');
    expect(await store.load('s-5', 'order:7')).toBeNull();
    expect(await store.load('s-5')).not.toBeNull();
    await store.clear('s-5');
  });

  it('keeps a submit waiting for its answer: the body byte for byte, and its key', async () => {
    const context = createMockApi().store.getContext();
    const values = z.parse(askFormSchema, {
      ...emptyAskFormValues('fraud'),
      subject: 'Взятка на складе',
      description: 'Сотрудник просил деньги за приёмку.',
    });
    const body = buildTicketBody(values, context, {
      moduleVersion: '0.1.0',
      hostRoute: '/support',
      locale: 'ru',
      timeZone: 'Europe/Moscow',
      userAgent: 'test',
    });
    const pendingSubmit = { body, idempotencyKey: 'pending-key' };
    const store = createIdbDraftStore();
    await store.save('s-6', { ...draft('Взятка на складе'), pendingSubmit });
    const loaded = await createIdbDraftStore().load('s-6');
    expect(loaded?.pendingSubmit?.idempotencyKey).toBe('pending-key');
    // The same bytes: a server comparing them sees the same request under the same key.
    expect(JSON.stringify(loaded?.pendingSubmit?.body)).toBe(JSON.stringify(body));

    // A waiting body that is not a body any more (an older build, a broken write) drops the draft.
    const { set, createStore } = await import('idb-keyval');
    await set(
      draftKey('s-6'),
      { version: 1, ...draft('x'), pendingSubmit: { body: { topic: 'fraud' }, idempotencyKey: 'k' } },
      createStore('seller-support', 'drafts'),
    );
    expect(await store.load('s-6')).toBeNull();
    await store.clear('s-6');
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
