import { describe, expect, it, vi } from 'vitest';
import { lazyLifecycles, type ModuleLifecycleFunctions } from './lazy-lifecycles';

function realLifecycles(): ModuleLifecycleFunctions & { calls: string[] } {
  const calls: string[] = [];
  const record = (name: string) => (props: Readonly<Record<string, unknown>>) => {
    calls.push(`${name} ${String(props['name'])}`);
    return Promise.resolve();
  };
  return {
    calls,
    bootstrap: record('bootstrap'),
    mount: record('mount'),
    unmount: record('unmount'),
    update: record('update'),
  };
}

describe('lazy lifecycles', () => {
  it('start at bootstrap without waiting for the code, then run the real ones in order', async () => {
    const real = realLifecycles();
    let arrive = (): void => undefined;
    const load = vi.fn(
      () =>
        new Promise<ModuleLifecycleFunctions>((resolve) => {
          arrive = () => resolve(real);
        }),
    );
    const atBootstrap = vi.fn();
    const atMount = vi.fn();
    const lifecycles = lazyLifecycles({ load, atBootstrap, atMount });

    await lifecycles.bootstrap({ name: 'a' });
    expect(atBootstrap).toHaveBeenCalledWith({ name: 'a' });
    expect(load).toHaveBeenCalledTimes(1);
    const mounted = lifecycles.mount({ name: 'a' });
    expect(atMount).toHaveBeenCalledWith({ name: 'a' });
    expect(real.calls).toEqual([]);
    arrive();
    await mounted;
    await lifecycles.update({ name: 'a' });
    await lifecycles.unmount({ name: 'a' });
    await lifecycles.mount({ name: 'b' });
    // The real bootstrap once, before the first mount; the code loaded once.
    expect(real.calls).toEqual(['bootstrap a', 'mount a', 'update a', 'unmount a', 'mount b']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('ask for code that did not load again: at the mount, and at the next mount', async () => {
    const real = realLifecycles();
    const failure = new TypeError('Failed to fetch dynamically imported module');
    const load = vi
      .fn<() => Promise<ModuleLifecycleFunctions>>()
      .mockRejectedValueOnce(failure)
      .mockRejectedValueOnce(failure)
      .mockResolvedValue(real);
    const lifecycles = lazyLifecycles({ load });

    // The bootstrap's load failed unheard; the mount asks again and fails, the next one loads.
    await lifecycles.bootstrap({ name: 'a' });
    await expect(lifecycles.mount({ name: 'a' })).rejects.toBe(failure);
    await lifecycles.mount({ name: 'a' });
    expect(load).toHaveBeenCalledTimes(3);
    expect(real.calls).toEqual(['bootstrap a', 'mount a']);
  });
});
