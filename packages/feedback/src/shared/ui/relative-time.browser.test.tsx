import { defaultNow } from '@seller-support/mocks';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createFormatter, type Locale } from '../i18n';
import { ModuleHarness } from '../../testing/module-harness';
import { RelativeTime } from './relative-time';

const now = new Date(defaultNow);
const twoHoursAgo = new Date(now.getTime() - 2 * 60 * 60_000).toISOString();

async function renderTime(locale: Locale, timestamp = twoHoursAgo) {
  await render(
    <ModuleHarness locale={locale}>
      <p data-testid="line">
        Ответ пришёл <RelativeTime timestamp={timestamp} now={now} />
      </p>
    </ModuleHarness>,
  );
  return page.getByTestId('line');
}

describe('RelativeTime on its own', () => {
  it.each([
    ['ru', '2 часа назад'],
    ['en', '2 hours ago'],
  ] as const)(
    'reads "%s" at a glance, and the exact time for a screen reader and on hover',
    async (locale, relative) => {
      const line = await renderTime(locale);
      const exact = createFormatter(locale).dateTime(twoHoursAgo);
      const time = line.element().querySelector('time');
      expect(time?.textContent).toBe(relative);
      expect(time?.getAttribute('dateTime')).toBe(twoHoursAgo);
      expect(time?.getAttribute('title')).toBe(exact);
      // The exact time is in the text a screen reader reads, hidden from the eye, and no tab stop.
      await expect.element(line).toHaveTextContent(`${relative} (${exact})`);
      expect(time?.hasAttribute('tabindex')).toBe(false);
      expect(page.getByText(`(${exact})`).element().getBoundingClientRect().width).toBeLessThanOrEqual(1);
    },
  );

  it('shows the date itself for a time well ahead of the clock, without repeating it', async () => {
    const ahead = new Date(now.getTime() + 60 * 60_000).toISOString();
    const line = await renderTime('ru', ahead);
    const exact = createFormatter('ru').dateTime(ahead);
    await expect.element(line).toHaveTextContent(`Ответ пришёл ${exact}`);
    expect(line.element().textContent.split(exact)).toHaveLength(2);
  });
});
