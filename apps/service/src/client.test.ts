import {
  ConflictError,
  FetchApiClient,
  NotFoundError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '@seller-support/contract';
import { makeContextSnapshot } from '@seller-support/mocks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sellerApiBasePath } from './service';
import { startTestService, type TestService } from './testing/test-service';

let service: TestService;
let client: FetchApiClient;
let baseUrl: string;

beforeAll(async () => {
  service = await startTestService();
  baseUrl = `${await service.app.listen({ port: 0, host: '127.0.0.1' })}${sellerApiBasePath}`;
  client = new FetchApiClient({ baseUrl, getAccessToken: () => 'demo-token' });
});
afterAll(() => service.stop());

describe('the module’s own API client against the service, over HTTP', () => {
  it('uploads, asks, writes, reads and marks read as the module does', async () => {
    const bytes = new Uint8Array(200);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const file = Object.assign(new Blob([bytes], { type: 'image/png' }), { name: 'фото упаковки.png' });
    const attachment = await client.uploadAttachment(file, { idempotencyKey: crypto.randomUUID() });
    expect(attachment).toMatchObject({ name: 'фото упаковки.png', type: 'image/png', size: 200 });
    const served = await client.getAttachment(attachment.id);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes);

    const context = await client.getContext();
    const order = context.inTransit[0]!;
    const created = await client.createTicket(
      {
        topic: 'parcel_location',
        subject: 'Посылка не отслеживается',
        description: 'Статус не меняется третий день, помогите найти посылку.',
        fields: {},
        orderIds: [order.id],
        facilityId: null,
        attachmentIds: [attachment.id],
        confidential: false,
        context: makeContextSnapshot(context, [order]),
      },
      { idempotencyKey: crypto.randomUUID() },
    );
    await client.postMessage(
      created.id,
      { body: 'Добавляю трек-номер.', attachmentIds: [] },
      { idempotencyKey: crypto.randomUUID() },
    );
    await service.moderator.addEvent(created.id, {
      kind: 'message',
      author: 'moderator',
      body: 'Ищем.',
      attachments: [],
    });
    const list = await client.listTickets({ unread: true });
    expect(list.items.map((ticket) => ticket.id)).toEqual([created.id]);
    await client.markRead(created.id);
    const ticket = await client.getTicket(created.id);
    expect(ticket.unread).toBe(0);
    expect(ticket.events?.map((event) => event.kind)).toEqual(['created', 'message', 'message']);
    await expect(client.rateTicket(created.id, { score: 5 })).rejects.toBeInstanceOf(ConflictError);
  });

  it('maps the service’s refusals to the client’s errors', async () => {
    await expect(client.getTicket('T-999999')).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.listOrders({ limit: 101 })).rejects.toBeInstanceOf(ValidationError);
    const fake = Object.assign(new Blob(['MZ not an image']), { name: 'photo.jpg' });
    await expect(
      client.uploadAttachment(fake, { idempotencyKey: crypto.randomUUID() }),
    ).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
    const anonymous = new FetchApiClient({ baseUrl, getAccessToken: () => 'expired' });
    await expect(anonymous.getPolicy()).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
