import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mockedSeller } from './servers';

/**
 * Style isolation both ways. A host page with the worst stylesheet a cabinet could ship (global
 * resets, `* { … !important }`, element rules, overridden custom properties) must leave the
 * module looking and working as it does on a clean page; and the module must not change one
 * computed style of the host, mounted or unmounted.
 */

const hostileStylesheet = `
:root { --ss-color-accent: red; --ss-color-text: red; --ss-font-size: 40px; --ss-space-4: 90px; }
html { font-size: 62.5% !important; }
* { all: unset; font-size: 40px !important; color: red !important; line-height: 3 !important; }
*, *::before, *::after { box-sizing: content-box !important; letter-spacing: 3px !important; }
body { font-family: monospace !important; text-transform: uppercase !important; }
div { display: none !important; padding: 30px !important; }
button, input, textarea, select { display: none !important; border: 5px dashed red !important; }
input, textarea { background: yellow !important; font-size: 40px !important; }
h1, h2, p, label { margin: 50px !important; }
[data-seller-support] { display: none !important; font-family: serif !important; visibility: hidden !important; }
[data-seller-support] * { color: red !important; display: none !important; }
#support-outlet { display: block !important; }
style { display: block !important; }
`;
const hostileUrl = '/__hostile.css';

/**
 * Serves the page with the hostile stylesheet last in <head>, as the cabinet's own: a
 * same-origin stylesheet, which the cabinet's strict CSP allows like any of its files.
 */
async function withHostileStylesheet(page: Page): Promise<void> {
  await page.route(hostileUrl, (route) =>
    route.fulfill({ contentType: 'text/css', body: hostileStylesheet }),
  );
  await page.route(
    (url) => url.pathname === '/support',
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      await route.fulfill({
        response,
        body: html.replace('</head>', `<link rel="stylesheet" href="${hostileUrl}" /></head>`),
      });
    },
  );
}

const outlet = (page: Page) => page.locator('#support-outlet');

async function openSupport(page: Page): Promise<void> {
  await page.goto('/support');
  await expect(
    outlet(page).getByRole('region', { name: 'Ваши данные' }).getByText(mockedSeller.legalName),
  ).toBeVisible();
}

const observedProperties = [
  'display',
  'visibility',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-transform',
  'padding',
  'margin',
  'border',
  'border-radius',
  'box-sizing',
] as const;

/** The computed styles of the element a locator finds. */
async function computedStyles(locator: Locator): Promise<Record<string, string>> {
  return locator.evaluate((element, properties) => {
    const style = getComputedStyle(element);
    return Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]));
  }, observedProperties);
}

/** The module's own elements a seller sees first, each by its role. */
function moduleElements(page: Page) {
  return {
    heading: outlet(page).getByRole('heading', { level: 1 }),
    identity: outlet(page).getByRole('region', { name: 'Ваши данные' }),
    topic: outlet(page).getByRole('radio', { name: /^Сообщить о нарушении/ }),
    subject: outlet(page).getByRole('textbox', { name: 'Заголовок', exact: true }),
    description: outlet(page).getByRole('textbox', { name: 'Описание', exact: true }),
    submit: outlet(page).getByRole('button', { name: /Отправить обращение/ }),
  };
}

async function moduleLook(page: Page): Promise<Record<string, Record<string, string>>> {
  const look: Record<string, Record<string, string>> = {
    'module element': await computedStyles(page.locator('#support-outlet [data-seller-support]')),
  };
  for (const [name, locator] of Object.entries(moduleElements(page))) {
    look[name] = await computedStyles(locator);
  }
  return look;
}

test('a hostile host stylesheet neither restyles nor disables the module', async ({ page, browser }) => {
  const clean = await browser.newPage({ locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
  await openSupport(clean);
  const cleanLook = await moduleLook(clean);
  await clean.close();

  await withHostileStylesheet(page);
  await openSupport(page);
  // The stylesheet did reach the page: the cabinet's own elements are wrecked.
  await expect(page.locator('a.cabinet-name')).toHaveCSS('color', 'rgb(255, 0, 0)');
  await expect(page.locator('body')).toHaveCSS('text-transform', 'uppercase');
  // A rem is 10px on this page: the module's sizes must not follow it.
  await expect(page.locator('html')).toHaveCSS('font-size', '10px');

  expect(await moduleLook(page)).toEqual(cleanLook);

  // And the form still works: a seller can fill it in and send it.
  const form = moduleElements(page);
  await form.topic.check();
  await form.subject.fill('Поборы на складе');
  await form.description.fill('Сотрудник склада требует доплату за приёмку поставки.');
  await expect(form.submit).toBeVisible();
  await form.submit.click();
  await expect(outlet(page).getByRole('heading', { name: /Обращение № \d+ отправлено/ })).toBeVisible();
});

/** What the module could touch in the host: its document's stylesheets and some of its elements. */
async function hostLook(page: Page) {
  return page.evaluate((properties) => {
    const probes = {
      html: document.documentElement,
      body: document.body,
      header: document.querySelector('.cabinet-header'),
      'cabinet name': document.querySelector('a.cabinet-name'),
      'host button': document.querySelector('#host-probe-button'),
      'host input': document.querySelector('#host-probe-input'),
      'host heading': document.querySelector('#host-probe-heading'),
    };
    return {
      stylesheets: [...document.styleSheets].map(
        (sheet) => sheet.href ?? `inline, in a ${sheet.ownerNode?.nodeName ?? 'constructed sheet'}`,
      ),
      adopted: document.adoptedStyleSheets.length,
      headStylesAndLinks: [...document.head.querySelectorAll('style, link')].map(
        (element) => element.outerHTML,
      ),
      computed: Object.fromEntries(
        Object.entries(probes).map(([name, element]): [string, string[]] => {
          if (element === null) return [name, ['missing']];
          const style = getComputedStyle(element);
          return [name, properties.map((property) => `${property}: ${style.getPropertyValue(property)}`)];
        }),
      ),
    };
  }, observedProperties);
}

test('the module does not restyle the host, mounted or after unmounting', async ({ page }) => {
  await page.goto('/orders');
  await expect(page.getByRole('heading', { level: 1, name: 'Заказы' })).toBeVisible();
  // Elements of the host that share names with the module's own (button, input, h2): the module's
  // rules for those must not reach them.
  await page.evaluate(() => {
    const probes = document.createElement('aside');
    probes.setAttribute('aria-label', 'probes');
    probes.innerHTML =
      '<h2 id="host-probe-heading" class="ss-alert__title">Пробный заголовок</h2>' +
      '<button id="host-probe-button" class="ss-button" type="button">Кнопка кабинета</button>' +
      '<input id="host-probe-input" class="ss-input" aria-label="Поле кабинета" />';
    document.querySelector('.cabinet-header')?.append(probes);
  });
  const unmounted = await hostLook(page);

  // In place, through the cabinet's own navigation: single-spa mounts the module.
  await page
    .getByRole('navigation', { name: 'Разделы кабинета' })
    .getByRole('link', { name: 'Поддержка' })
    .click();
  await expect(
    outlet(page).getByRole('region', { name: 'Ваши данные' }).getByText(mockedSeller.legalName),
  ).toBeVisible();
  const mounted = await hostLook(page);

  await page
    .getByRole('navigation', { name: 'Разделы кабинета' })
    .getByRole('link', { name: 'Заказы' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Заказы' })).toBeVisible();
  await expect(outlet(page).locator('*')).toHaveCount(0);
  const afterUnmount = await hostLook(page);

  // The cabinet may load its own files on the way (its mock API's chunk): only the module's must be absent.
  const withoutHostPreloads = (look: Awaited<ReturnType<typeof hostLook>>) => ({
    ...look,
    headStylesAndLinks: look.headStylesAndLinks.filter(
      (html) => !/rel="modulepreload" href="\/assets\//.test(html),
    ),
  });
  expect(withoutHostPreloads(mounted)).toEqual(withoutHostPreloads(unmounted));
  expect(withoutHostPreloads(afterUnmount)).toEqual(withoutHostPreloads(unmounted));
});

test('a seller’s larger default font size scales the module: text, spacing and order rows', async ({
  page,
}) => {
  // The browser's font size setting (Settings → Appearance → Font size), before the page loads.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
  await openSupport(page);
  // The setting reached the page.
  await expect(page.locator('html')).toHaveCSS('font-size', '24px');
  const identity = outlet(page).getByRole('region', { name: 'Ваши данные' });
  // 1.5 times the usual 16px text, 24px padding and 84px order rows.
  await expect(identity.getByText(mockedSeller.legalName)).toHaveCSS('font-size', '24px');
  await expect(outlet(page).locator('.ss-root')).toHaveCSS('padding-top', '36px');
  const firstOrder = outlet(page).getByRole('option').first();
  await expect(firstOrder).toBeVisible();
  expect((await firstOrder.boundingBox())?.height).toBe(126);
});
