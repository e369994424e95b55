import { test as base, expect } from '@playwright/test';

/**
 * Every journey fails if the page logged an error or a warning, threw, or saw a request
 * fail or answer with an error status: a seller would notice some of these, and the rest
 * are problems nobody asserted on.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        const type = message.type();
        if (type === 'error' || type === 'warning') {
          problems.push(`console.${type}: ${message.text()} (${message.location().url})`);
        }
      });
      page.on('pageerror', (error) => {
        problems.push(`uncaught: ${error.message}`);
      });
      page.on('requestfailed', (request) => {
        // Cancelled on purpose (a superseded search, a query nobody watches any more, a reload).
        if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
        problems.push(
          `failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`,
        );
      });
      page.on('response', (response) => {
        if (response.status() >= 400) {
          problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
        }
      });
      await use(problems);
      expect(problems, 'problems the page reported during the journey').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
