import { describe, expect, it } from 'vitest';
import { failSafeOnClose, failSafeOrderId, parseParcelProps } from './parcel-props';

const host = { apiBaseUrl: '/api/seller-support/v1', getAccessToken: () => 'token' };

describe('parseParcelProps', () => {
  it('takes the host props and the order, with "orders" as the topic by default', () => {
    const onClose = () => undefined;
    const result = parseParcelProps({ ...host, orderId: '87412-0093-1', onClose, name: 'parcel-1' });
    expect(result).toMatchObject({
      ok: true,
      props: {
        apiBaseUrl: '/api/seller-support/v1',
        locale: 'ru',
        orderId: '87412-0093-1',
        topic: 'orders',
        onClose,
      },
    });
  });

  it("falls back to the host's initialTopic, and a topic passed to the parcel wins over both", () => {
    const fromHost = parseParcelProps({ ...host, orderId: '1', initialTopic: 'warranty' });
    expect(fromHost.ok && fromHost.props.topic).toBe('warranty');
    const own = parseParcelProps({
      ...host,
      orderId: '1',
      initialTopic: 'warranty',
      topic: 'parcel_location',
    });
    expect(own.ok && own.props.topic).toBe('parcel_location');
  });

  it('reports every bad prop of both kinds at once, telling missing from wrong', () => {
    expect(parseParcelProps({ getAccessToken: 'token', orderId: '', topic: 'gossip', onClose: 1 })).toEqual({
      ok: false,
      problems: [
        { prop: 'apiBaseUrl', missing: true },
        { prop: 'getAccessToken', missing: false },
        { prop: 'orderId', missing: false },
        { prop: 'topic', missing: false },
        { prop: 'onClose', missing: false },
      ],
    });
  });

  it('refuses a topic the host hid, whether passed or defaulted', () => {
    expect(parseParcelProps({ ...host, orderId: '1', topic: 'fraud', hiddenTopics: ['fraud'] })).toEqual({
      ok: false,
      problems: [{ prop: 'topic', missing: false, conflict: 'topicHidden' }],
    });
    expect(parseParcelProps({ ...host, orderId: '1', hiddenTopics: ['orders'] })).toEqual({
      ok: false,
      problems: [{ prop: 'topic', missing: true, conflict: 'topicHidden' }],
    });
  });
});

describe('fail-safe parcel props', () => {
  it('keep the close callback and the order for the dialog when other props are wrong', () => {
    const onClose = () => undefined;
    expect(failSafeOnClose({ onClose, apiBaseUrl: 1 })).toBe(onClose);
    expect(failSafeOnClose({ onClose: 'close' })).toBeUndefined();
    expect(failSafeOrderId({ orderId: '1-1', apiBaseUrl: 1 })).toBe('1-1');
    expect(failSafeOrderId({ orderId: 7 })).toBeUndefined();
  });
});
