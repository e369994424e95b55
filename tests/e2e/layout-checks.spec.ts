import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  heightOf,
  horizontalOverflow,
  inFirstViewport,
  overlappingBlocks,
  placement,
  squeezedText,
} from './layout';

/**
 * The layout checks themselves, on small pages of their own: each catches what it is for, inside
 * an open shadow root as the module renders, and a sound narrow layout gives none of them anything
 * to report, so a failure in layout.spec.ts is the screen's and not the check's.
 */

/** A page whose `#host` holds `shadow` in an open shadow root, at a phone's width. */
async function pageWith(page: Page, shadow: string) {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.setContent(`<!doctype html>
    <html><head><style>body { margin: 0; font: 16px/1.4 sans-serif; }</style></head>
    <body><div id="host"></div><template id="content">${shadow}</template>
    <script>
      const root = document.getElementById('host').attachShadow({ mode: 'open' });
      root.append(document.getElementById('content').content.cloneNode(true));
    </script></body></html>`);
  return page.locator('#host');
}

test('a sound narrow layout gives no check anything to report', async ({ page }) => {
  const host = await pageWith(
    page,
    `<style>
      .root { display: grid; grid-template-columns: minmax(0, 1fr); gap: 8px; padding: 12px; }
      dl div { display: flex; flex-wrap: wrap; gap: 4px; }
      dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
      .snippet { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
      .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
    </style>
    <div class="root">
      <section aria-label="Ваши данные"><dl>
        <div><dt>Организация</dt><dd>Общество с ограниченной ответственностью «Ромашка и партнёры»</dd></div>
        <div><dt>Заказ</dt><dd>59165-0239-1</dd></div>
        <div><dt>Сумма</dt><dd>711 030,00 ₽</dd></div>
      </dl></section>
      <section aria-label="Обращения">
        <p class="snippet">Здравствуйте! Это Анна, ваше обращение у меня в работе, проведу его до решения.</p>
        <p class="visually-hidden" role="status">Найдено 12 заказов</p>
      </section>
    </div>`,
  );

  expect(await horizontalOverflow(host)).toEqual([]);
  expect(await overlappingBlocks(page.locator('body'))).toEqual([]);
  expect(await squeezedText(host)).toEqual([]);
});

test('each check names what a seller would notice', async ({ page }) => {
  const host = await pageWith(
    page,
    `<style>
      .root { display: flex; padding: 12px; }
      .identity { flex: 0 0 60px; }
      dd { margin: 0; width: 15px; }
      aside { position: relative; left: -30px; width: 200px; }
      .id { display: block; width: 40px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
      .wide { width: 400px; }
    </style>
    <div class="root">
      <section class="identity" aria-label="Ваши данные"><dl><dt>ИНН</dt><dd>ООО «Ромашка»</dd></dl></section>
      <aside aria-label="Другие способы связи"><span class="id">59165-0239-1</span></aside>
    </div>
    <div class="wide">Широкий блок</div>`,
  );

  const overflow = await horizontalOverflow(host);
  expect(overflow.map(({ element }) => element)).toEqual(['the page', 'div.wide "Широкий блок"']);
  expect(overflow[0]?.problem).toContain('widened by div.wide');

  expect(await overlappingBlocks(page.locator('body'))).toEqual([
    expect.objectContaining({
      first: 'section.identity "Ваши данные"',
      second: 'aside "Другие способы связи"',
    }),
  ]);

  expect(await squeezedText(host)).toEqual([
    expect.objectContaining({
      element: 'dd',
      text: 'ООО «Ромашка»',
      problem: expect.stringMatching(/^squeezed/),
    }),
    expect.objectContaining({
      element: 'span.id',
      text: '59165-0239-1',
      problem: expect.stringMatching(/^cut off with an ellipsis/),
    }),
  ]);
});

test('the first viewport holds an element whose top and first row show', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.setContent(`<!doctype html><body style="margin: 0">
    <div id="near" style="margin-top: 100px; height: 300px"></div>
    <div id="edge" style="margin-top: 420px; height: 200px"></div></body>`);

  const near = await placement(page.locator('#near'));
  expect(near).toEqual({ top: 100, height: 300, viewportHeight: 844 });
  expect(inFirstViewport(near)).toBe(true);
  // Its top is on screen, but not one touch target's height of it.
  const edge = await placement(page.locator('#edge'));
  expect(edge.top).toBe(820);
  expect(inFirstViewport(edge)).toBe(false);
  expect(await heightOf(page.locator('#edge'))).toBe(200);
});
