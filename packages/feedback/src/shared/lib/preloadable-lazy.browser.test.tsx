import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { preloadableLazy, usePreloaded } from './preloadable-lazy';

function Screen() {
  return <p>The screen</p>;
}

describe('usePreloaded', () => {
  it('shows the component as soon as its code is here, not after React’s hold on a revealed fallback', async () => {
    let arrive: (component: typeof Screen) => void = () => undefined;
    const code = new Promise<typeof Screen>((resolve) => {
      arrive = resolve;
    });
    const lazyScreen = preloadableLazy(() => code);
    function Root() {
      const here = usePreloaded(lazyScreen, true);
      return here ? (
        <Suspense fallback={<p>Suspended</p>}>
          <lazyScreen.Component />
        </Suspense>
      ) : (
        <p>Loading</p>
      );
    }
    await render(<Root />);
    await expect.element(page.getByText('Loading')).toBeVisible();

    const arrivedAt = performance.now();
    arrive(Screen);
    await expect.element(page.getByText('The screen')).toBeVisible();
    // A Suspense fallback replaced by its content waits out React's throttle (300 ms); an update
    // after the code came is committed at once. Half of it leaves room for a busy machine.
    expect(performance.now() - arrivedAt).toBeLessThan(150);
    expect(page.getByText('Suspended').query()).toBeNull();
    expect(lazyScreen.isLoaded()).toBe(true);
  });
});
