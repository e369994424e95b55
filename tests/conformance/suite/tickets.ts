import {
  attachmentSchema,
  limits,
  ticketEventSchema,
  ticketPageSchema,
  ticketSchema,
  ticketStatuses,
  topics,
  type Ticket,
} from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { expectClientProblem, expectJson, expectProblem, expectValidation, newKey } from '../http';
import { createTicket, getTicket, ticketBody, ticketCount, walk, type SuiteContext } from '../world';
import { png } from './attachments';

const ticketPath = (ticket: Pick<Ticket, 'id'>, rest = '') =>
  `/tickets/${encodeURIComponent(ticket.id)}${rest}`;

export function ticketTests(suite: () => SuiteContext): void {
  describe('POST /tickets', () => {
    it.each(topics)('201 for a valid %s request; GET /tickets/{id} echoes what was sent', async (topic) => {
      const { seller, world } = suite();
      const body = ticketBody(world, topic, `Заголовок ${topic} ${newKey().slice(0, 8)}`);
      const created = expectJson(
        await seller.post('/tickets', body, { idempotencyKey: newKey() }),
        201,
        ticketSchema,
      );
      expect(created).toMatchObject({ topic, subject: body.subject, status: 'new', unread: 0, rating: null });
      expect(Date.parse(created.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.createdAt));
      if (created.expectedFirstResponseBy !== null)
        expect(Date.parse(created.expectedFirstResponseBy)).toBeGreaterThan(Date.parse(created.createdAt));

      const ticket = await getTicket(seller, created.id);
      expect(ticket).toMatchObject({ id: created.id, number: created.number, topic, subject: body.subject });
      expect(ticket.events?.map((event) => event.kind)).toContain('created');
      const facility = world.facilities.find((candidate) => candidate.id === body.facilityId) ?? null;
      expect(ticket.request).toEqual({
        description: body.description,
        fields: body.fields,
        orderIds: body.orderIds,
        facilityId: body.facilityId,
        facility,
        confidential: body.confidential,
        attachments: [],
        context: body.context,
      });
    });

    it('keeps the attachments named by id, as stored, and serves them back', async () => {
      const { seller, world } = suite();
      const file = expectJson(
        await seller.upload({ bytes: png(120), name: 'трек.png' }),
        201,
        attachmentSchema,
      );
      const ticket = await createTicket(seller, { ...ticketBody(world, 'fraud'), attachmentIds: [file.id] });
      expect(ticket.request?.attachments).toEqual([file]);
      expect((await seller.get(`/attachments/${encodeURIComponent(file.id)}`)).status).toBe(200);
    });

    it('the same key and body again is 200 with the same ticket, and nothing new', async () => {
      const { seller, world } = suite();
      const body = ticketBody(world, 'account');
      const key = newKey();
      const first = expectJson(
        await seller.post('/tickets', body, { idempotencyKey: key }),
        201,
        ticketSchema,
      );
      const count = await ticketCount(seller);
      const again = expectJson(
        await seller.post('/tickets', body, { idempotencyKey: key }),
        200,
        ticketSchema,
      );
      expect(again.id).toBe(first.id);
      expect(again.number).toBe(first.number);
      expect(await ticketCount(seller)).toBe(count);
    });

    it('a refused body records nothing: the same key with the body put right creates the ticket', async () => {
      const { seller, world } = suite();
      const key = newKey();
      const body = ticketBody(world, 'account');
      expectValidation(
        await seller.post('/tickets', { ...body, subject: 'ab' }, { idempotencyKey: key }),
        'subject',
      );
      const created = expectJson(
        await seller.post('/tickets', body, { idempotencyKey: key }),
        201,
        ticketSchema,
      );
      expect(created.subject).toBe(body.subject);
    });

    it('the same key with another body is 422, and nothing new', async () => {
      const { seller, world } = suite();
      const key = newKey();
      await createTicket(seller, ticketBody(world, 'account'), key);
      const count = await ticketCount(seller);
      const other = { ...ticketBody(world, 'account'), subject: 'Совсем другой заголовок' };
      expectProblem(await seller.post('/tickets', other, { idempotencyKey: key }), 422);
      expect(await ticketCount(seller)).toBe(count);
    });

    it('422 with errors[] naming each field and why, creating nothing', async () => {
      const { seller, world } = suite();
      const count = await ticketCount(seller);
      const post = (body: unknown) => seller.post('/tickets', body, { idempotencyKey: newKey() });
      const fraud = ticketBody(world, 'fraud');
      expectValidation(await post({ ...fraud, topic: 'nonsense' }), 'topic');
      expectValidation(await post({ ...fraud, subject: 'ab' }), 'subject', 'too_short');
      expectValidation(
        await post({ ...fraud, subject: 'x'.repeat(limits.subject.max + 1) }),
        'subject',
        'too_long',
      );
      expectValidation(await post({ ...fraud, description: '' }), 'description');
      expectValidation(await post({ ...fraud, subject: 'Счёт\u202Egnp.exe' }), 'subject', 'invalid');
      // Minimums count visible characters: spaces and invisible joiners are not text.
      expectValidation(await post({ ...fraud, subject: '    ' }), 'subject');
      expectValidation(await post({ ...fraud, subject: 'a\u2060\u2060\u2060b' }), 'subject', 'too_short');
      expectValidation(await post({ ...fraud, orderIds: ['no-such-order-0000'] }), 'orderIds.0', 'not_found');
      expectValidation(
        await post({ ...fraud, attachmentIds: ['att-never-issued-0'] }),
        'attachmentIds.0',
        'not_found',
      );
      expectValidation(await post({ ...fraud, facilityId: 'no-such-facility-0' }), 'facilityId', 'not_found');
      expectValidation(
        await post({
          ...fraud,
          orderIds: Array.from({ length: limits.orderIds.max + 1 }, () => world.delivered.id),
        }),
        'orderIds',
        'too_many',
      );
      const { maxFiles } = world.policy.attachments;
      const files: string[] = [];
      for (let i = 0; i <= maxFiles; i += 1) {
        files.push(
          expectJson(await seller.upload({ bytes: png(32, i), name: `${i}.png` }), 201, attachmentSchema).id,
        );
      }
      expectValidation(await post({ ...fraud, attachmentIds: files }), 'attachmentIds', 'too_many');
      const account = ticketBody(world, 'account');
      expectValidation(await post({ ...account, fields: { area: 'moon_base' } }), 'fields.area');
      expectValidation(await post({ ...account, facilityId: world.facilities[0]?.id }), 'facilityId');
      const parcel = ticketBody(world, 'parcel_location');
      expectValidation(
        await post({ ...parcel, orderIds: [world.delivered.id] }),
        'orderIds.0',
        'not_in_transit',
      );
      expectValidation(await post({ ...parcel, orderIds: [] }), 'orderIds', 'required');
      const complaint = ticketBody(world, 'staff_complaint');
      if (complaint.topic === 'staff_complaint') {
        expectValidation(
          await post({ ...complaint, fields: { ...complaint.fields, incidentDate: '2999-12-31' } }),
          'fields.incidentDate',
          'in_future',
        );
      }
      const payments = ticketBody(world, 'payments');
      expectValidation(
        await post({
          ...payments,
          fields: { payoutPeriod: { from: '2026-02-10', to: '2026-02-01' } },
        }),
        'fields.payoutPeriod.to',
        'out_of_order',
      );
      const warranty = ticketBody(world, 'warranty');
      if (warranty.topic === 'warranty') {
        expectValidation(
          await post({ ...warranty, fields: { ...warranty.fields, itemSku: 'NO-SUCH-SKU-0' } }),
          'fields.itemSku',
          'not_found',
        );
      }
      expect(await ticketCount(seller)).toBe(count);
    });

    it('a body that is not JSON, no Idempotency-Key or a malformed one, is a client problem and creates nothing', async () => {
      const { seller, world } = suite();
      const count = await ticketCount(seller);
      expectClientProblem(
        await seller.request('POST', '/tickets', {
          rawBody: '{"topic": "fraud",',
          contentType: 'application/json',
          idempotencyKey: newKey(),
        }),
      );
      expectClientProblem(await seller.post('/tickets', ticketBody(world, 'fraud')));
      for (const key of ['not a key', 'k'.repeat(256)]) {
        expectClientProblem(
          await seller.post('/tickets', ticketBody(world, 'fraud'), { idempotencyKey: key }),
        );
      }
      expect(await ticketCount(seller)).toBe(count);
    });

    it('counts a subject’s characters as a reader sees them: three emoji are three', async () => {
      const { seller, world } = suite();
      const subject = '👨‍💻🇷🇺е\u0308';
      const ticket = await createTicket(seller, { ...ticketBody(world, 'fraud'), subject });
      expect(ticket.subject).toBe(subject);
    });

    it('an unknown field is ignored or refused with a 422 naming it, never stored', async () => {
      const { seller, world } = suite();
      // The contract's bodies do not forbid more properties; a server may take either stance.
      const body = { ...ticketBody(world, 'fraud'), priority: 'urgent' };
      const answer = await seller.post('/tickets', body, { idempotencyKey: newKey() });
      if (answer.status === 422) {
        expectValidation(answer, /^priority$/);
        return;
      }
      const created = expectJson(answer, 201, ticketSchema);
      const ticket = await getTicket(seller, created.id);
      expect(JSON.stringify(ticket)).not.toContain('urgent');
    });

    it('stores SQL-looking and markup text as text', async () => {
      const { seller, world } = suite();
      const subject = `Robert'); DROP TABLE tickets;-- <b>${newKey().slice(0, 6)}</b>`;
      const description = "1' OR '1'='1; -- и ещё <script>alert(1)</script> и \\x00 текст";
      const ticket = await createTicket(seller, { ...ticketBody(world, 'fraud'), subject, description });
      expect(ticket.subject).toBe(subject);
      expect(ticket.request?.description).toBe(description);
    });
  });

  describe('GET /tickets', () => {
    it('200: a cursor walk returns every ticket once, without events or request', async () => {
      const { seller, world } = suite();
      await createTicket(seller, ticketBody(world, 'fraud'));
      await createTicket(seller, ticketBody(world, 'account'));
      const walked = await walk(seller, '/tickets', ticketPageSchema, {}, 3);
      const ids = walked.items.map((ticket) => ticket.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThanOrEqual(2);
      if (walked.total !== undefined) expect(walked.total).toBe(ids.length);
      for (const ticket of walked.items) {
        expect(ticket.events, ticket.id).toBeUndefined();
        expect(ticket.request, ticket.id).toBeUndefined();
      }
      const one = expectJson(await seller.get('/tickets', { limit: 1 }), 200, ticketPageSchema);
      expect(one.items).toHaveLength(1);
      expect(one.nextCursor).not.toBeNull();
    });

    it('status and topic filters, one or repeated, keep those only; query finds by number and subject', async () => {
      const { seller, world } = suite();
      const subject = `Поиск ${newKey().slice(0, 8)}`;
      const ticket = await createTicket(seller, ticketBody(world, 'logistics_info', subject));
      const all = (await walk(seller, '/tickets', ticketPageSchema)).items;
      for (const status of ticketStatuses) {
        const { items } = await walk(seller, '/tickets', ticketPageSchema, { status });
        for (const item of items) expect(item.status).toBe(status);
        expect(items.length).toBe(all.filter((item) => item.status === status).length);
      }
      const both = await walk(seller, '/tickets', ticketPageSchema, { status: ['new', 'resolved'] });
      expect(both.items.length).toBe(all.filter((item) => ['new', 'resolved'].includes(item.status)).length);
      expect(both.items.map((item) => item.id)).toContain(ticket.id);
      for (const topic of topics) {
        const { items } = await walk(seller, '/tickets', ticketPageSchema, { topic });
        for (const item of items) expect(item.topic).toBe(topic);
        expect(items.length).toBe(all.filter((item) => item.topic === topic).length);
      }
      const byTopics = await walk(seller, '/tickets', ticketPageSchema, {
        topic: ['logistics_info', 'fraud'],
        status: 'new',
      });
      for (const item of byTopics.items) {
        expect(['logistics_info', 'fraud']).toContain(item.topic);
        expect(item.status).toBe('new');
      }
      expect(byTopics.items.map((item) => item.id)).toContain(ticket.id);
      const byNumber = await walk(seller, '/tickets', ticketPageSchema, { query: ticket.number });
      expect(byNumber.items.map((item) => item.id)).toContain(ticket.id);
      const bySubject = await walk(seller, '/tickets', ticketPageSchema, { query: subject });
      expect(bySubject.items.map((item) => item.id)).toEqual([ticket.id]);
    });

    it('422 for an unknown status or topic, a limit out of range, a cursor it never issued, a bad unread or query', async () => {
      const { seller } = suite();
      expectValidation(await seller.get('/tickets', { status: 'lost' }), /^status(\.\d+)?$/);
      expectValidation(await seller.get('/tickets', { topic: 'astrology' }), /^topic(\.\d+)?$/);
      expectValidation(await seller.get('/tickets', { limit: 0 }), 'limit');
      expectValidation(await seller.get('/tickets', { limit: 101 }), 'limit');
      expectValidation(await seller.get('/tickets', { cursor: 'forged!' }), 'cursor');
      expectValidation(await seller.get('/tickets', { unread: 'yes' }), 'unread');
      expectValidation(await seller.get('/tickets', { query: 'я'.repeat(201) }), 'query');
    });
  });

  describe('GET /tickets/{id}', () => {
    it('404 for a ticket that does not exist', async () => {
      const { seller } = suite();
      expectProblem(await seller.get('/tickets/T-no-such-ticket'), 404);
    });
  });

  describe('POST /tickets/{id}/messages', () => {
    it('201: the seller’s message event, with its files; it shows in the ticket and as the list’s last message', async () => {
      const { seller, world } = suite();
      const ticket = await createTicket(seller, ticketBody(world, 'fraud'));
      const file = expectJson(
        await seller.upload({ bytes: png(90), name: 'скрин.png' }),
        201,
        attachmentSchema,
      );
      const body = { body: 'Вот   снимок\nэкрана звонка.', attachmentIds: [file.id] };
      const event = expectJson(
        await seller.post(ticketPath(ticket, '/messages'), body, { idempotencyKey: newKey() }),
        201,
        ticketEventSchema,
      );
      expect(event).toMatchObject({
        kind: 'message',
        author: 'seller',
        body: body.body,
        attachments: [file],
      });
      const after = await getTicket(seller, ticket.id);
      expect(after.events?.filter((item) => item.id === event.id)).toEqual([event]);
      expect(Date.parse(after.updatedAt)).toBeGreaterThanOrEqual(Date.parse(event.at));
      const listed = await walk(seller, '/tickets', ticketPageSchema, { query: ticket.number });
      const row = listed.items.find((item) => item.id === ticket.id);
      // `lastMessage` is optional ("a server may leave it out"); when present it is this message's start.
      if (row?.lastMessage !== undefined) {
        expect(row.lastMessage).toEqual({
          author: 'seller',
          body: 'Вот снимок экрана звонка.',
          at: event.at,
        });
      }
    });

    it('the same key and body again is 200 with the same event, posted once; another body is 422', async () => {
      const { seller, world } = suite();
      const ticket = await createTicket(seller, ticketBody(world, 'fraud'));
      const key = newKey();
      const body = { body: 'Повторю на всякий случай.', attachmentIds: [] };
      const path = ticketPath(ticket, '/messages');
      const first = expectJson(
        await seller.post(path, body, { idempotencyKey: key }),
        201,
        ticketEventSchema,
      );
      const again = expectJson(
        await seller.post(path, body, { idempotencyKey: key }),
        200,
        ticketEventSchema,
      );
      expect(again).toEqual(first);
      expectProblem(await seller.post(path, { ...body, body: 'Другой текст' }, { idempotencyKey: key }), 422);
      const events = (await getTicket(seller, ticket.id)).events ?? [];
      expect(events.filter((event) => event.kind === 'message')).toHaveLength(1);
    });

    it('422 naming the field: empty, too long, control characters, an unknown file', async () => {
      const { seller, world } = suite();
      const ticket = await createTicket(seller, ticketBody(world, 'fraud'));
      const post = (body: unknown) =>
        seller.post(ticketPath(ticket, '/messages'), body, { idempotencyKey: newKey() });
      expectValidation(await post({ body: '', attachmentIds: [] }), 'body', 'required');
      expectValidation(
        await post({ body: 'я'.repeat(limits.message.max + 1), attachmentIds: [] }),
        'body',
        'too_long',
      );
      expectValidation(await post({ body: 'звонок\u0007', attachmentIds: [] }), 'body', 'invalid');
      expectValidation(
        await post({ body: 'файл', attachmentIds: ['att-never-issued-0'] }),
        'attachmentIds.0',
        'not_found',
      );
      expectValidation(await post({ attachmentIds: [] }), 'body');
      const events = (await getTicket(seller, ticket.id)).events ?? [];
      expect(events.filter((event) => event.kind === 'message')).toHaveLength(0);
    });

    it('404 for a ticket that does not exist; no Idempotency-Key is a client problem', async () => {
      const { seller, world } = suite();
      expectProblem(
        await seller.post(
          '/tickets/T-no-such-ticket/messages',
          { body: 'Есть кто?', attachmentIds: [] },
          { idempotencyKey: newKey() },
        ),
        404,
      );
      const ticket = await createTicket(seller, ticketBody(world, 'fraud'));
      expectClientProblem(
        await seller.post(ticketPath(ticket, '/messages'), { body: 'Без ключа', attachmentIds: [] }),
      );
    });
  });

  describe('POST /tickets/{id}/read', () => {
    it('204 with no body; 404 for a ticket that does not exist', async () => {
      const { seller, world } = suite();
      const ticket = await createTicket(seller, ticketBody(world, 'fraud'));
      const answer = await seller.request('POST', ticketPath(ticket, '/read'));
      expect(answer.status).toBe(204);
      expect(answer.bytes).toHaveLength(0);
      // Marking read what is read already is no error: a client may send it on every visit.
      expect((await seller.request('POST', ticketPath(ticket, '/read'))).status).toBe(204);
      expectProblem(await seller.request('POST', '/tickets/T-no-such-ticket/read'), 404);
    });
  });
}
