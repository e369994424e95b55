import { createMockDeskApi, defaultNow, type MockApi, type MockApiOptions } from '@seller-support/mocks';
import type { RequestHandler } from 'msw';
import { useState, type ReactNode } from 'react';
import { DeskData, DeskFrame } from '../app/desk-root';
import type { DeskLocale } from '../shared/i18n/i18n';
import { DeskRouterProvider } from '../shared/lib/desk-routes';
import { FixedNow } from '../shared/lib/use-now';
import { createMockFetch } from './mock-fetch';

/** Where the desk's mock API answers in tests and stories. */
export const mockDeskBaseUrl = '/api/desk/v1';

/** The demo moderator's token: Модератор Анна. */
export const deskTestToken = 'desk-token';

/** The base path the desk's links are written under in tests and stories. */
export const harnessBasePath = '/desk-harness';

/** The one mock layer, with the desk's queue tickets (one overdue, one held by each demo moderator). */
export function createDeskMocks(options: MockApiOptions = {}): MockApi {
  return createMockDeskApi({ deskBaseUrl: mockDeskBaseUrl, moderator: false, ...options });
}

export interface DeskHarnessProps {
  /** The mock API the screens talk to; its desk handlers answer, `overrides` first. */
  mocks: MockApi;
  overrides?: readonly RequestHandler[] | undefined;
  locale?: DeskLocale | undefined;
  theme?: 'light' | 'dark' | undefined;
  token?: string | undefined;
  children: ReactNode;
}

/**
 * A desk screen as a mount renders it (shadow root, styles, language, its own QueryClient with
 * retries off), on the shared mocks through a `fetch` of its own: stories and browser tests.
 */
export function DeskHarness({
  mocks,
  overrides = [],
  locale = 'ru',
  theme = 'light',
  token = deskTestToken,
  children,
}: DeskHarnessProps) {
  const [fetch] = useState(() => createMockFetch([...overrides, ...mocks.deskHandlers]));
  return (
    <DeskFrame locale={locale} theme={theme}>
      <DeskData
        props={{ apiBaseUrl: mockDeskBaseUrl, getAccessToken: () => token }}
        retry={false}
        fetch={fetch}
      >
        <DeskRouterProvider basePath={harnessBasePath}>
          {/* The mocks' clock: due times read the same whatever day the test runs. */}
          <FixedNow at={Date.parse(defaultNow)}>{children}</FixedNow>
        </DeskRouterProvider>
      </DeskData>
    </DeskFrame>
  );
}
