import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { chooseTopic, renderAskRequest } from '../features/ask/testing/render-ask-request';
import { moduleRoot } from '../testing/dom';

/** The request form, and what a seller sees of its size: text, a heading, a touch target, an order row. */
async function renderAndMeasure() {
  // The layout a wide screen gets (one order row is three lines there).
  await page.viewport(1024, 768);
  await renderAskRequest();
  await chooseTopic('Где посылка');
  await expect.element(page.getByRole('option').first()).toBeVisible();
  const root = moduleRoot();
  const name = page.getByText('ООО «Ромашка»').element();
  const heading = root.querySelector('h2');
  const submit = root.querySelector('button[type="submit"]');
  const row = root.querySelector('[role="option"]');
  if (heading === null || submit === null || row === null) throw new Error('Parts of the form are missing.');
  return {
    text: getComputedStyle(name).fontSize,
    heading: Number.parseFloat(getComputedStyle(heading).fontSize),
    // The touch target, 2.75rem (the root's padding follows the width a host gives it).
    target: Number.parseFloat(getComputedStyle(submit).minHeight),
    row: row.getBoundingClientRect().height,
  };
}

// A larger default font size is checked end to end (tests/e2e/isolation.spec.ts): the browser
// setting is per page, and only Playwright's page keeps it reliably.
describe('ModuleFrame: the module’s size', () => {
  afterEach(() => {
    document.documentElement.style.removeProperty('font-size');
  });

  it('follows the seller’s default font size, not the host page’s root font size', async () => {
    // A host with the common `html { font-size: 62.5% }` reset.
    document.documentElement.style.fontSize = '10px';
    const usual = await renderAndMeasure();
    expect(usual.text).toBe('16px');
    expect(usual.heading).toBe(18);
    expect(usual.target).toBe(44);
    expect(usual.row).toBe(84);
  });
});
