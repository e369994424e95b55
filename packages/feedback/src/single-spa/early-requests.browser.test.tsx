import { createMockApi } from '@seller-support/mocks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { mountRootParcel } from 'single-spa';
import { bootstrap, mount, unmount } from '../entry';
import * as parcelEntry from '../parcel';
import { lifecycleProps } from '../testing/lifecycle-props';
import { createMockFetch } from '../testing/mock-fetch';
import { mockApiBaseUrl } from '../testing/module-harness';

// The entry sends the first screen's requests as it mounts, before the API client's code is here
// (shared/api/early-requests.ts); the client takes their answers. What the entry guesses must be
// exactly what the form asks for: a request asked for twice is one the entry guessed wrong.

let domElement: HTMLElement;
const startPath = window.location.pathname;
const startUrl = `${window.location.pathname}${window.location.search}`;

beforeEach(() => {
  domElement = document.createElement('div');
  document.body.append(domElement);
});

afterEach(() => {
  domElement.remove();
  window.history.replaceState(null, '', startUrl);
  vi.unstubAllGlobals();
});

let sellers = 0;

/** A seller of their own per test, so a draft another test file left in IndexedDB is not theirs. */
function ownMockApi() {
  sellers += 1;
  return createMockApi({
    baseUrl: mockApiBaseUrl,
    dataset: { seller: { id: `s-early-requests-${String(Date.now())}-${String(sellers)}` } },
  });
}

/** Every API request the page makes, as path and query under the API's base URL. */
function recordRequests(mockApi: ReturnType<typeof createMockApi>): string[] {
  const answer = createMockFetch(mockApi.handlers);
  const asked: string[] = [];
  const base = new URL(mockApiBaseUrl, location.href).pathname;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    asked.push(`${url.pathname.replace(base, '')}${url.search}`);
    return answer(input, init);
  });
  return asked;
}

const cases: { name: string; search: string; props: Record<string, unknown>; expected: string[] }[] = [
  {
    name: 'the form as it opens',
    search: '',
    props: {},
    expected: ['/context', '/policy', '/orders?limit=50'],
  },
  {
    name: "a parcel's whereabouts from the address",
    search: '?topic=parcel_location',
    props: {},
    expected: ['/context', '/policy', '/orders?status=in_transit&limit=50'],
  },
  {
    name: "a parcel's whereabouts from the host",
    search: '',
    props: { initialTopic: 'parcel_location' },
    expected: ['/context', '/policy', '/orders?status=in_transit&limit=50'],
  },
  {
    // The address's topic wins when the module knows it: the entry, without the topics' list,
    // leaves the orders to the form.
    name: "the address's topic over the host's",
    search: '?topic=payments',
    props: { initialTopic: 'parcel_location' },
    expected: ['/context', '/policy', '/orders?limit=50'],
  },
];

describe('the requests the entry sends as it mounts', () => {
  it.each(cases)('are each asked for once: $name', async ({ search, props: extra, expected }) => {
    window.history.replaceState(null, '', `${startPath}${search}`);
    const mockApi = ownMockApi();
    const asked = recordRequests(mockApi);
    const props = lifecycleProps({ name: `early-${search}`, domElement }, { basePath: startPath, ...extra });
    await bootstrap(props);
    await mount(props);

    await expect.element(page.getByRole('textbox', { name: 'Заголовок', exact: true })).toBeEnabled();
    await expect
      .element(page.getByRole('listbox', { name: /заказ/i }).getByRole('option').first())
      .toBeVisible();
    for (const request of expected) {
      expect(
        asked.filter((made) => made === request),
        request,
      ).toHaveLength(1);
    }
    // Nothing else of the form's first data was asked for, under another spelling.
    expect(asked.filter((made) => /^\/(context|policy|orders)/.test(made)).sort()).toEqual(
      [...expected].sort(),
    );
    await unmount(props);
  });

  it('leave out the context the host gave', async () => {
    const mockApi = ownMockApi();
    const asked = recordRequests(mockApi);
    const seller = mockApi.store.getContext();
    const props = lifecycleProps({ name: 'early-seller', domElement }, { basePath: startPath, seller });
    await bootstrap(props);
    await mount(props);

    await expect.element(page.getByRole('textbox', { name: 'Заголовок', exact: true })).toBeEnabled();
    await expect.element(page.getByText(seller.seller.legalName).first()).toBeVisible();
    expect(asked.filter((made) => made === '/context')).toEqual([]);
    expect(asked.filter((made) => made === '/policy')).toHaveLength(1);
    await unmount(props);
  });

  it("are the parcel's too: the context, the policy and its order, each asked for once", async () => {
    const mockApi = ownMockApi();
    const asked = recordRequests(mockApi);
    const order = mockApi.store.listOrders({ limit: 1 }).items[0];
    if (order === undefined) throw new Error('the mock dataset has no orders');
    const parcel = mountRootParcel(parcelEntry, {
      domElement,
      apiBaseUrl: mockApiBaseUrl,
      getAccessToken: () => 'demo-token',
      orderId: order.id,
    });
    await parcel.mountPromise;

    await expect.element(page.getByRole('dialog', { name: `Вопрос по заказу № ${order.id}` })).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: 'Заголовок', exact: true })).toBeEnabled();
    const expected = ['/context', '/policy', `/orders/${encodeURIComponent(order.id)}`];
    expect(asked.filter((made) => /^\/(context|policy|orders)/.test(made)).sort()).toEqual(expected.sort());
    await parcel.unmount();
  });
});
