import { createMockApi } from '@seller-support/mocks';
import type { RequestHandler } from 'msw';
import { mockApiBaseUrl } from './module-harness';

/** The shared mock API on {@link mockApiBaseUrl}, over a fresh in-memory store each call. */
export function defaultMockHandlers(): RequestHandler[] {
  return createMockApi({ baseUrl: mockApiBaseUrl }).handlers;
}
