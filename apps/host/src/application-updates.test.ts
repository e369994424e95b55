import type { AppProps, LifeCycles } from 'single-spa';
import { describe, expect, it, vi } from 'vitest';
import { updatableApplication } from './application-updates';

interface Props {
  locale: string;
  theme: string;
}

const appProps: AppProps = { name: '@seller-support/feedback', singleSpa: {}, mountParcel: vi.fn() };

function fakeApplication() {
  const calls: string[] = [];
  const lifecycles: LifeCycles<Props> = {
    bootstrap: () => Promise.resolve(),
    mount: () => {
      calls.push('mount');
      return Promise.resolve();
    },
    unmount: () => {
      calls.push('unmount');
      return Promise.resolve();
    },
    update: (props) => {
      calls.push(`update ${props.name} ${props.locale} ${props.theme}`);
      return Promise.resolve();
    },
  };
  return { lifecycles, calls };
}

describe('updatableApplication', () => {
  it('re-renders the mounted application with the host’s props and single-spa’s name, never remounting', async () => {
    const { lifecycles, calls } = fakeApplication();
    let current: Props = { locale: 'ru', theme: 'light' };
    const application = updatableApplication(lifecycles, () => current);

    await application.refresh();
    expect(calls).toEqual([]);

    const { mount, unmount } = application.lifecycles;
    if (typeof mount !== 'function' || typeof unmount !== 'function') throw new Error('not wrapped');
    await mount({ ...appProps, ...current });
    current = { locale: 'en', theme: 'light' };
    await application.refresh();
    current = { locale: 'en', theme: 'dark' };
    await application.refresh();
    expect(calls).toEqual([
      'mount',
      'update @seller-support/feedback en light',
      'update @seller-support/feedback en dark',
    ]);

    await unmount({ ...appProps, ...current });
    await application.refresh();
    expect(calls.slice(3)).toEqual(['unmount']);
  });

  it('applies a change asked for while the application was mounting once it is up', async () => {
    const { lifecycles, calls } = fakeApplication();
    let current: Props = { locale: 'ru', theme: 'light' };
    let finishMount = (): void => undefined;
    const application = updatableApplication(
      {
        ...lifecycles,
        mount: () => {
          calls.push('mount');
          return new Promise<void>((resolve) => {
            finishMount = resolve;
          });
        },
      },
      () => current,
    );
    const { mount } = application.lifecycles;
    if (typeof mount !== 'function') throw new Error('not wrapped');

    const mounted = mount({ ...appProps, ...current });
    current = { locale: 'en', theme: 'light' };
    await application.refresh();
    expect(calls).toEqual(['mount']);
    finishMount();
    await mounted;
    expect(calls).toEqual(['mount', 'update @seller-support/feedback en light']);
  });
});
