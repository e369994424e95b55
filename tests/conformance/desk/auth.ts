import { moderatorSchema } from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { expectJson, expectProblem, newKey, type Answer } from '../http';
import { newTicket, ticketPath, type DeskSuiteContext } from './context';

/** Who may call the desk: a moderator's token on every endpoint, and neither a seller's nor none. */
export function deskAuthTests(suite: () => DeskSuiteContext): void {
  // Every endpoint of the desk's contract, called as `desk` would call it.
  const everyEndpoint = (call: DeskSuiteContext['desk'], ticketId: string): Promise<Answer>[] => [
    call.get('/me'),
    call.get('/queue'),
    call.get(ticketPath(ticketId)),
    call.post(ticketPath(ticketId, '/read'), {}),
    call.post(ticketPath(ticketId, '/take'), {}),
    call.post(
      ticketPath(ticketId, '/messages'),
      { body: 'Здравствуйте', attachmentIds: [] },
      { idempotencyKey: newKey() },
    ),
    call.post(ticketPath(ticketId, '/steps'), { text: 'Запросили трек' }, { idempotencyKey: newKey() }),
    call.post(
      ticketPath(ticketId, '/third-party'),
      { party: 'carrier', note: '' },
      { idempotencyKey: newKey() },
    ),
    call.post(
      ticketPath(ticketId, '/offers'),
      { kind: 'alternative', description: 'Другой способ', amount: null },
      { idempotencyKey: newKey() },
    ),
    call.post(ticketPath(ticketId, '/resolve'), {}),
    call.post(ticketPath(ticketId, '/close'), {}),
    call.post(ticketPath(ticketId, '/notes'), { body: 'Заметка' }, { idempotencyKey: newKey() }),
    call.upload({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), name: 'a.png' }),
    call.get('/attachments/att-any'),
  ];

  describe('desk: who may call it', () => {
    it('GET /me is the moderator the token belongs to; the two tokens are two moderators', async () => {
      const { desk, otherDesk } = suite();
      const me = expectJson(await desk.get('/me'), 200, moderatorSchema);
      const other = expectJson(await otherDesk.get('/me'), 200, moderatorSchema);
      expect(me.displayName.trim()).not.toBe('');
      expect(other.id).not.toBe(me.id);
    });

    it('every endpoint without a token is a 401 with WWW-Authenticate, and changes nothing', async () => {
      const { desk, seller } = suite();
      const { id } = await newTicket(suite(), 'fraud');
      for (const answer of await Promise.all(everyEndpoint(desk.as(null), id))) {
        expectProblem(answer, 401);
        expect(answer.headers.get('WWW-Authenticate') ?? '', `${answer.method} ${answer.path}`).toMatch(
          /^Bearer\b/i,
        );
      }
      const ticket = await seller.get(ticketPath(id));
      expect(ticket.json).toMatchObject({ status: 'new', assignee: null });
    });

    it('a token the server does not know is a 401', async (test) => {
      const { desk, target } = suite();
      if (target.rejectedToken === undefined) test.skip();
      const answer = await desk.as(target.rejectedToken ?? '').get('/queue');
      expectProblem(answer, 401);
    });

    it('a seller’s token opens no desk endpoint; a moderator’s token opens no seller endpoint', async (test) => {
      const { desk, seller, target } = suite();
      if (!target.refusesSellerTokens) test.skip();
      for (const path of ['/me', '/queue']) {
        const answer = await desk.as(target.seller.token).get(path);
        expect([401, 403], `${path} with a seller's token`).toContain(answer.status);
        expectProblem(answer, answer.status);
      }
      for (const path of ['/context', '/tickets']) {
        const answer = await seller.as(target.moderatorToken).get(path);
        expectProblem(answer, 401);
        expect(answer.headers.get('WWW-Authenticate') ?? '').toMatch(/^Bearer\b/i);
      }
    });
  });
}
