import { describe, expect, it } from 'vitest';
import { parseHostConfig } from './host-config';

describe('parseHostConfig', () => {
  it('accepts the config the demo server writes', () => {
    expect(parseHostConfig({ apiBaseUrl: '/api/seller-support/v1', mocks: true })).toEqual({
      apiBaseUrl: '/api/seller-support/v1',
      deskApiBaseUrl: '/api/desk/v1',
      mocks: true,
      exposeMocks: false,
    });
  });

  it('reads the opt-in that lets e2e tests reach the mocks', () => {
    expect(parseHostConfig({ apiBaseUrl: '/api/seller-support/v1', mocks: true, exposeMocks: true })).toEqual(
      {
        apiBaseUrl: '/api/seller-support/v1',
        deskApiBaseUrl: '/api/desk/v1',
        mocks: true,
        exposeMocks: true,
      },
    );
  });

  it('keeps only the fields the cabinet reads', () => {
    expect(parseHostConfig({ apiBaseUrl: 'https://api.example.test/v1', mocks: false, extra: 1 })).toEqual({
      apiBaseUrl: 'https://api.example.test/v1',
      deskApiBaseUrl: '/api/desk/v1',
      mocks: false,
      exposeMocks: false,
    });
  });

  it("puts the desk's API beside the seller's unless the server names it", () => {
    expect(
      parseHostConfig({ apiBaseUrl: 'http://127.0.0.1:4180/api/seller-support/v1', mocks: false }),
    ).toMatchObject({ deskApiBaseUrl: 'http://127.0.0.1:4180/api/desk/v1' });
    expect(
      parseHostConfig({
        apiBaseUrl: '/api/seller-support/v1',
        deskApiBaseUrl: '/back-office/v1',
        mocks: false,
      }),
    ).toMatchObject({ deskApiBaseUrl: '/back-office/v1' });
  });

  it.each([
    [null, 'expected a JSON object'],
    ['{}', 'expected a JSON object'],
    [{ mocks: true }, '"apiBaseUrl" must be a non-empty string'],
    [{ apiBaseUrl: ' ', mocks: true }, '"apiBaseUrl" must be a non-empty string'],
    [{ apiBaseUrl: '/api', mocks: 'yes' }, '"mocks" must be true or false'],
    [{ apiBaseUrl: '/api', mocks: true, exposeMocks: 1 }, '"exposeMocks" must be true or false when present'],
    [{ apiBaseUrl: '/api', mocks: true, deskApiBaseUrl: '' }, '"deskApiBaseUrl" must be a non-empty string'],
  ])('rejects %j naming the problem', (value, message) => {
    expect(() => parseHostConfig(value)).toThrow(message);
  });
});
