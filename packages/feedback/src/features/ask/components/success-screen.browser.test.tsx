// The playwright provider gives `cdp()` its `send`; the browser tests run on it.
/// <reference types="@vitest/browser-playwright" />
import { makePolicy } from '@seller-support/mocks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ModuleHarness } from '../../../testing/module-harness';
import { SuccessScreen } from './success-screen';

const ticket = {
  id: 'T-000123',
  number: '123',
  topic: 'parcel_location',
  subject: 'Где моя посылка',
  status: 'new',
  createdAt: '2026-11-25T23:30:00+03:00',
  updatedAt: '2026-11-25T23:30:00+03:00',
  assignee: null,
  expectedFirstResponseBy: null,
  unread: 0,
  rating: null,
} as const;

/** The success screen at 23:30 in Moscow (support's night), on a seller's machine in `timezoneId`. */
async function renderAt(timezoneId: string) {
  await cdp().send('Emulation.setTimezoneOverride', { timezoneId });
  await expect.poll(() => Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(timezoneId);
  await render(
    <ModuleHarness>
      <SuccessScreen
        ticket={ticket}
        policy={makePolicy()}
        onAnother={vi.fn()}
        now={new Date('2026-11-25T23:30:00+03:00')}
      />
    </ModuleHarness>,
  );
  return page.getByText(/^Сейчас ночь/);
}

describe('SuccessScreen: when the first answer is due', () => {
  afterEach(async () => {
    await cdp().send('Emulation.setTimezoneOverride', { timezoneId: '' });
  });

  it('on support’s own clock, the time needs no zone', async () => {
    const expectation = await renderAt('Europe/Moscow');
    await expect.element(expectation).toHaveTextContent('примерно к 26 нояб. 2026 г., 00:30.');
  });

  it('on a clock far from support’s, the time names the seller’s zone', async () => {
    const expectation = await renderAt('Asia/Vladivostok');
    await expect.element(expectation).toHaveTextContent('примерно к 26 нояб. 2026 г., 07:30 GMT+10.');
  });
});
