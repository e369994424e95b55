// The playwright provider gives `cdp()` its `send`; the browser tests run on it.
/// <reference types="@vitest/browser-playwright" />
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { chooseTopic, renderAskRequest } from '../features/ask/testing/render-ask-request';
import { moduleRoot } from '../testing/dom';

/** The browser's font size setting (Settings → Appearance → Font size), as a seller would set it. */
async function setDefaultFontSize(px: number) {
  await cdp().send('Page.setFontSizes', { fontSizes: { standard: px } });
}

/** The request form, and what a seller sees of its size: text, a heading, spacing, an order row. */
async function renderAndMeasure() {
  const rendered = await renderAskRequest();
  await chooseTopic('Где посылка');
  await expect.element(page.getByRole('option').first()).toBeVisible();
  const root = moduleRoot();
  const name = page.getByText('ООО «Ромашка»').element();
  const heading = root.querySelector('h2');
  const content = root.querySelector('.ss-root');
  const row = root.querySelector('[role="option"]');
  if (heading === null || content === null || row === null) throw new Error('Parts of the form are missing.');
  return {
    unmount: () => rendered.screen.unmount(),
    text: getComputedStyle(name).fontSize,
    heading: Number.parseFloat(getComputedStyle(heading).fontSize),
    padding: Number.parseFloat(getComputedStyle(content).paddingTop),
    row: row.getBoundingClientRect().height,
  };
}

describe('ModuleFrame: the module’s size', () => {
  afterEach(async () => {
    await setDefaultFontSize(16);
    document.documentElement.style.removeProperty('font-size');
  });

  it('follows the seller’s default font size, not the host page’s root font size', async () => {
    // A host with the common `html { font-size: 62.5% }` reset.
    document.documentElement.style.fontSize = '10px';
    const usual = await renderAndMeasure();
    expect(usual.text).toBe('16px');
    expect(usual.padding).toBe(24);
    expect(usual.row).toBe(72);
  });

  it('grows with a larger default font size: text, spacing and the order list’s rows alike', async () => {
    const usual = await renderAndMeasure();
    await usual.unmount();

    await setDefaultFontSize(24);
    document.documentElement.style.fontSize = '10px';
    const larger = await renderAndMeasure();
    expect(larger.text).toBe('24px');
    expect(larger.heading).toBeCloseTo(usual.heading * 1.5);
    expect(larger.padding).toBeCloseTo(usual.padding * 1.5);
    expect(larger.row).toBe(usual.row * 1.5);
  });
});
