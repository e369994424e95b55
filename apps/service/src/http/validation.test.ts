import { createTicketBodySchema, postMessageBodySchema } from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { ProblemError } from './problem';
import { parseBody } from './validation';

function errorsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ProblemError) return error.problem.errors;
  }
  return undefined;
}

describe('strict request bodies', () => {
  it('a field the contract does not have is a 422 naming it, at any depth', () => {
    expect(
      errorsOf(() => parseBody(postMessageBodySchema, { body: 'Привет', attachmentIds: [], html: '<b>' })),
    ).toEqual([{ path: 'html', message: 'not a field of this request', code: 'invalid' }]);
    expect(parseBody(postMessageBodySchema, { body: 'Привет', attachmentIds: [] })).toEqual({
      body: 'Привет',
      attachmentIds: [],
    });
  });

  it('a field of another topic is unknown to this one; the echoed context snapshot may carry more', () => {
    const errors = errorsOf(() =>
      parseBody(createTicketBodySchema, {
        topic: 'parcel_location',
        subject: 'Где посылка',
        description: 'Посылка не двигается уже неделю.',
        fields: { area: 'cabinet' },
        orderIds: ['1'],
        facilityId: null,
        attachmentIds: [],
        confidential: false,
        context: {
          seller: {
            id: 's',
            legalName: 'L',
            taxId: '7701234567',
            contactName: '',
            email: '',
            phone: '',
            tier: 'gold',
            extra: 1,
          },
          orders: [],
          dealSummary: null,
          inTransit: [],
          environment: { moduleVersion: '1', hostRoute: '/', locale: 'ru', timeZone: 'UTC', userAgent: 'x' },
        },
      }),
    );
    expect(errors).toEqual([
      { path: 'fields.area', message: 'not a field of this request', code: 'invalid' },
    ]);
  });
});
