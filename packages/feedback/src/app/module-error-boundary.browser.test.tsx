import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ModuleHarness } from '../testing/module-harness';
import type { ModuleEvent } from './events';
import { moduleEventName } from './events';
import { ModuleCrashGuard } from './module-error-boundary';

let broken = true;

function Screen() {
  if (broken) throw new Error('A bug in a screen');
  return <p>Screen works</p>;
}

afterEach(() => {
  broken = true;
});

describe('ModuleCrashGuard', () => {
  it('shows a translated crash screen, reports it both ways and restarts the screens', async () => {
    // React logs every error a boundary catches; here the error is the point of the test.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onEvent = vi.fn<(event: ModuleEvent) => void>();
    const domEvents: unknown[] = [];
    const listener = (event: Event) => {
      if (event instanceof CustomEvent) domEvents.push(event.detail);
    };
    document.addEventListener(moduleEventName, listener);

    await render(
      <ModuleHarness onEvent={onEvent}>
        <ModuleCrashGuard>
          <Screen />
        </ModuleCrashGuard>
      </ModuleHarness>,
    );

    await expect.element(page.getByRole('heading', { name: 'Что-то пошло не так' })).toBeVisible();
    const crashed: ModuleEvent = { type: 'module-failed', reason: 'crashed' };
    expect(onEvent).toHaveBeenCalledExactlyOnceWith(crashed);
    expect(domEvents).toEqual([crashed]);

    broken = false;
    await page.getByRole('button', { name: 'Перезапустить модуль' }).click();
    await expect.element(page.getByText('Screen works')).toBeVisible();
    document.removeEventListener(moduleEventName, listener);
  });
});
