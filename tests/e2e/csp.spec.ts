import { test as testWithoutProblemCheck, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mockedSeller } from './servers';

/**
 * The demo cabinet serves a strict Content-Security-Policy, as a careful production cabinet
 * would: no 'unsafe-inline', no 'unsafe-eval', inline code only with the page's nonce. The
 * module must do everything a seller does under it without a single violation.
 */

declare global {
  interface Window {
    /** Every CSP violation the page reported, collected from the first script on. */
    __cspViolations?: string[];
  }
}

const outlet = (page: Page) => page.locator('#support-outlet');

// The smallest valid PNG (1×1, one transparent pixel): real bytes, so the module's content check passes.
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Collects violations in the page (they fire on the element or document, and cross shadow roots). */
async function watchViolations(page: Page): Promise<{ console: string[] }> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        window.__cspViolations?.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${String(event.lineNumber)}`,
        );
      },
      true,
    );
  });
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) messages.push(message.text());
  });
  return { console: messages };
}

const violations = (page: Page) =>
  page.evaluate(() => window.__cspViolations ?? ['the collector did not run']);

function directives(policy: string | undefined): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name !== undefined && name !== '')
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

test('the cabinet sends a strict policy with a fresh nonce on every page', async ({ page }) => {
  const first = await page.goto('/support');
  const second = await page.goto('/orders');
  const policies = [first, second].map((response) => response?.headers()['content-security-policy']);

  for (const policy of policies) {
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    const policyDirectives = directives(policy);
    expect(policyDirectives.get('default-src')).toEqual(["'self'"]);
    expect(policyDirectives.get('object-src')).toEqual(["'none'"]);
    expect(policyDirectives.get('base-uri')).toEqual(["'none'"]);
    for (const name of ['script-src', 'style-src']) {
      expect(policyDirectives.get(name)).toEqual(["'self'", expect.stringMatching(/^'nonce-[\w+/=]{16,}'$/)]);
    }
  }
  const nonces = policies.map((policy) => directives(policy).get('script-src')?.[1]);
  expect(nonces[0]).not.toEqual(nonces[1]);
});

// Without the fixture's check: Chromium logs every refusal as a console error, as it should here.
testWithoutProblemCheck(
  'the policy is enforced: inline code without the nonce does not run',
  async ({ page }) => {
    await watchViolations(page);
    await page.goto('/orders');
    await expect(page.getByRole('heading', { level: 1, name: 'Заказы' })).toBeVisible();

    const outcome = await page.evaluate(async () => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 7px solid rgb(1, 2, 3); }';
      document.head.append(style);
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.inlineRan = "yes";';
      document.head.append(script);
      // From a task of the page's own, not from this evaluation: DevTools may eval while evaluating.
      const evalRan = await new Promise<boolean>((resolve) => {
        setTimeout(() => {
          try {
            // Compiling a string as code: exactly what 'unsafe-eval' would allow.
            Reflect.construct(Function, ['return 1']);
            resolve(true);
          } catch {
            resolve(false);
          }
        }, 0);
      });
      return {
        outline: getComputedStyle(document.body).outlineStyle,
        inlineRan: document.body.dataset['inlineRan'] ?? 'no',
        evalRan,
      };
    });

    expect(outcome).toEqual({ outline: 'none', inlineRan: 'no', evalRan: false });
    // Violation events are queued as tasks: wait until all three have arrived.
    await expect
      .poll(() => violations(page))
      .toEqual([
        expect.stringMatching(/^style-src-elem blocked inline/),
        expect.stringMatching(/^script-src-elem blocked inline/),
        expect.stringMatching(/^script-src blocked eval/),
      ]);
  },
);

test('under the policy, a seller asks with a photo attached and nothing is refused', async ({ page }) => {
  const { console: cspMessages } = await watchViolations(page);
  await page.goto('/support');

  await expect(
    outlet(page).getByRole('region', { name: 'Ваши данные' }).getByText(mockedSeller.legalName),
  ).toBeVisible();
  // The page hands its nonce to the module, which puts it on its stylesheets: the frame's and the
  // support page's, which came with the page's code.
  const nonces = await page.evaluate(() => {
    const host = document.querySelector('#support-outlet [data-seller-support]');
    const styles = [...(host?.shadowRoot?.querySelectorAll('style') ?? [])];
    return {
      page: document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '',
      module: styles.map((style) => style.nonce),
      rules: styles.map((style) => style.sheet?.cssRules.length ?? 0),
    };
  });
  expect(nonces.page).not.toBe('');
  expect(nonces.module).toEqual([nonces.page, nonces.page]);
  // Parsed and applied, not refused: a refused <style> has no rules.
  expect(nonces.rules.every((count) => count > 20)).toBe(true);
  // The mock API is a service worker from this origin: allowed by worker-src 'self'.
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
    /\/mockServiceWorker\.js$/,
  );

  await outlet(page)
    .getByRole('radio', { name: /^Сообщить о нарушении/ })
    .check();
  await outlet(page).getByRole('textbox', { name: 'Заголовок', exact: true }).fill('Поборы на складе');
  await outlet(page)
    .getByRole('textbox', { name: 'Описание', exact: true })
    .fill('Сотрудник склада требует доплату за приёмку поставки.');
  await outlet(page)
    .locator('input[type="file"]')
    .setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: onePixelPng });
  await expect(outlet(page).getByText(/· Загружен$/)).toBeVisible();
  // The thumbnail is a blob: URL, which img-src allows; it must have loaded, not been refused.
  const thumbnail = outlet(page).locator('img[src^="blob:"]');
  await expect(thumbnail).toHaveCount(1);
  await expect.poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1);

  await outlet(page)
    .getByRole('button', { name: /Отправить обращение/ })
    .click();
  await expect(outlet(page).getByRole('heading', { name: /Обращение № \d+ отправлено/ })).toBeVisible();

  expect(await violations(page)).toEqual([]);
  expect(cspMessages).toEqual([]);
});
