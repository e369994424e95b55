import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { chooseTopic, renderAskRequest } from '../features/ask/testing/render-ask-request';
import { moduleRoot } from '../testing/dom';

/** The request form, and what a seller sees of its size: text, a heading, spacing, an order row. */
async function renderAndMeasure() {
  // Wide enough that the module's padding (a share of its width, up to 1.5rem) is at its largest.
  await page.viewport(1024, 768);
  await renderAskRequest();
  await chooseTopic('Где посылка');
  await expect.element(page.getByRole('option').first()).toBeVisible();
  const root = moduleRoot();
  const name = page.getByText('ООО «Ромашка»').element();
  const heading = root.querySelector('h2');
  const content = root.querySelector('.ss-root');
  const row = root.querySelector('[role="option"]');
  if (heading === null || content === null || row === null) throw new Error('Parts of the form are missing.');
  return {
    text: getComputedStyle(name).fontSize,
    heading: Number.parseFloat(getComputedStyle(heading).fontSize),
    padding: Number.parseFloat(getComputedStyle(content).paddingTop),
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
    expect(usual.padding).toBe(24);
    expect(usual.row).toBe(84);
  });
});
