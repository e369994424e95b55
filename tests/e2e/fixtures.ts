import { test as base, expect } from '@playwright/test';

/** A response a journey provokes on purpose, described as `METHOD url status`. */
export interface FixtureOptions {
  /**
   * Error responses this journey expects, matched against `METHOD url status` (for example
   * `/^POST \S+\/tickets 503$/`). Each must name one endpoint and one status: a journey
   * that provokes a failure says so, and every other failure still fails it.
   */
  allowedFailures: readonly RegExp[];
}

// Chromium's own console line for an error answer; the request it names is judged by its response.
const failedResourceLine = /^Failed to load resource: the server responded with a status of (\d+)/;

/**
 * Every journey fails if the page logged an error or a warning, threw, or saw a request
 * fail or answer with an error status: a seller would notice some of these, and the rest
 * are problems nobody asserted on. A journey may allow the error answers it provokes.
 */
export const test = base.extend<FixtureOptions & { pageProblems: string[] }>({
  allowedFailures: [[], { option: true }],
  pageProblems: [
    async ({ page, allowedFailures }, use) => {
      const problems: string[] = [];
      // `url status` of every allowed error answer, so Chromium's console line about it is allowed too.
      const allowedAnswers = new Set<string>();
      const resourceLines: { url: string; status: string; problem: string }[] = [];
      page.on('console', (message) => {
        const type = message.type();
        if (type === 'error' || type === 'warning') {
          const problem = `console.${type}: ${message.text()} (${message.location().url})`;
          const status = failedResourceLine.exec(message.text())?.[1];
          if (status === undefined) problems.push(problem);
          else resourceLines.push({ url: message.location().url, status, problem });
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
        const status = response.status();
        if (status < 400) return;
        const method = response.request().method();
        const described = `${method} ${response.url()} ${status}`;
        if (
          allowedFailures.some((allowed) => allowed.test(described)) ||
          // A server without the live stream says so with 404 (the protocol's discovery): the module polls.
          /^GET \S+\/v1\/events 404$/.test(described)
        ) {
          allowedAnswers.add(`${response.url()} ${status}`);
          return;
        }
        problems.push(`HTTP ${status}: ${method} ${response.url()}`);
      });
      await use(problems);
      for (const line of resourceLines) {
        if (!allowedAnswers.has(`${line.url} ${line.status}`)) problems.push(line.problem);
      }
      expect(problems, 'problems the page reported during the journey').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
