import { createMockApi } from '@seller-support/mocks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { bootstrap, mount, unmount } from '../entry';
import { createMockFetch } from '../testing/mock-fetch';

// Its own file, so its page has loaded no screen and no language before: what it shows is what a
// seller's first visit shows. Nothing from the test harness, which brings every word and style.
const mockApiBaseUrl = '/api/seller-support/v1';
let domElement: HTMLElement;

beforeEach(() => {
  domElement = document.createElement('div');
  document.body.append(domElement);
  vi.stubGlobal('fetch', createMockFetch(createMockApi({ baseUrl: mockApiBaseUrl }).handlers));
});

afterEach(() => {
  domElement.remove();
  vi.unstubAllGlobals();
});

/** A message key where its text should be: `askForm.fields.subject`, `module.loading`… */
const rawKey =
  /\b(?:common|module|errors|ask|attachments|askForm|channels|pickers|help|snapshot|requestsList|request|requestActions|parcel)\.[a-zA-Z]+/;

interface Painted {
  text: string;
  /** The support page's own stylesheet applied to it (ask.css lays it out as a grid). */
  supportScreen: 'absent' | 'styled' | 'unstyled';
  /** A field of the form (form.css gives it a column of label, hint and control). */
  field: 'absent' | 'styled' | 'unstyled';
}

/**
 * What the module looks like in every frame the browser paints, taken just before the paint
 * (requestAnimationFrame), until stopped.
 */
function watchFrames(): { frames: Painted[]; stop: () => void } {
  const frames: Painted[] = [];
  let handle = requestAnimationFrame(function take() {
    const root = domElement.querySelector('[data-seller-support]')?.shadowRoot;
    const content = root?.querySelector<HTMLElement>('.ss-root');
    if (root && content) {
      const state = (selector: string, styled: (style: CSSStyleDeclaration) => boolean) => {
        const element = root.querySelector(selector);
        if (element === null) return 'absent' as const;
        return styled(getComputedStyle(element)) ? ('styled' as const) : ('unstyled' as const);
      };
      frames.push({
        text: content.innerText,
        supportScreen: state('.support-screen', (style) => style.display === 'grid'),
        field: state('.ss-field', (style) => style.display === 'grid' || style.display === 'flex'),
      });
    }
    handle = requestAnimationFrame(take);
  });
  return { frames, stop: () => cancelAnimationFrame(handle) };
}

describe('the first screen', () => {
  it('never paints a raw key or an unstyled form, and its frame holds no other screen’s styles', async () => {
    const props = {
      name: '@seller-support/feedback#first-screen',
      singleSpa: {},
      mountParcel: () => {
        throw new Error('not used');
      },
      domElement,
      basePath: window.location.pathname,
      apiBaseUrl: mockApiBaseUrl,
      getAccessToken: () => 'demo-token',
      locale: 'ru' as const,
    };
    const watch = watchFrames();
    await bootstrap(props);
    await mount(props);

    await expect.element(page.getByRole('textbox', { name: /^Заголовок/ })).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Поддержка продавцов' })).toBeVisible();
    // The locator saw it in the DOM; wait for a painted frame to show it too (a busy machine can
    // skip frames between the two), so the check below is about what was painted.
    await expect.poll(() => watch.frames.at(-1)?.supportScreen).toBe('styled');
    watch.stop();

    expect(watch.frames.length).toBeGreaterThan(0);
    expect(watch.frames.filter(({ text }) => rawKey.test(text)).map(({ text }) => text)).toEqual([]);
    expect(watch.frames.filter(({ supportScreen }) => supportScreen === 'unstyled')).toEqual([]);
    expect(watch.frames.filter(({ field }) => field === 'unstyled')).toEqual([]);

    // The frame's stylesheet is the frame's; the support page brought its own, and no other
    // screen's came along (the request page's timeline, the list's filters).
    const root = domElement.querySelector('[data-seller-support]')?.shadowRoot;
    const sheets = [...(root?.querySelectorAll('style') ?? [])].map((style) => style.textContent);
    expect(sheets[0]).toContain('.ss-root');
    expect(sheets[0]).not.toContain('.support-screen');
    expect(sheets.some((css) => css.includes('.support-screen'))).toBe(true);
    expect(
      sheets.filter((css) => css.includes('.request-timeline') || css.includes('.requests-filters')),
    ).toEqual([]);

    await unmount(props);
    expect(domElement.childElementCount).toBe(0);
  });
});
