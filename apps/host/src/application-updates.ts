import type { AppProps, LifeCycles } from 'single-spa';

type Lifecycle<Props> = LifeCycles<Props>['mount'];

async function run<Props>(lifecycle: Lifecycle<Props>, props: Props & AppProps): Promise<void> {
  for (const step of Array.isArray(lifecycle) ? lifecycle : [lifecycle]) await step(props);
}

export interface UpdatableApplication<Props> {
  /** What to register with single-spa: the application's own lifecycles, watched. */
  lifecycles: LifeCycles<Props>;
  /**
   * Re-renders the mounted application with the host's current props (a new language, a new
   * scheme), in place: what is on screen, a draft being typed included, stays. Does nothing while
   * the application is not mounted: its next mount reads the current props anyway.
   */
  refresh: () => Promise<void>;
}

/**
 * single-spa calls `update` only on parcels; an application's props change only when its host
 * says so. This keeps the props single-spa mounted the application with (its `name`, which
 * single-spa-react finds the mounted root by, `singleSpa`, `mountParcel`) and calls the
 * application's own `update` with them and the host's current ones. A change that arrives while
 * the application is mounting is applied right after the mount.
 */
export function updatableApplication<Props extends object>(
  lifecycles: LifeCycles<Props>,
  currentProps: () => Partial<Props>,
): UpdatableApplication<Props> {
  const { update } = lifecycles;
  let mounted: (Props & AppProps) | null = null;
  let mounting = false;
  // Counts the changes asked for, so a mount can tell whether one came while it ran.
  let changes = 0;
  // One update at a time, in order: the last change is the one on screen.
  let queue: Promise<void> = Promise.resolve();

  const refresh = (): Promise<void> => {
    changes += 1;
    if (mounting) return Promise.resolve();
    if (mounted === null || update === undefined) return Promise.resolve();
    const props: Props & AppProps = { ...mounted, ...currentProps() };
    mounted = props;
    queue = queue.catch(() => undefined).then(() => run(update, props));
    return queue;
  };

  return {
    lifecycles: {
      ...lifecycles,
      mount: async (props) => {
        mounting = true;
        const changesBefore = changes;
        try {
          await run(lifecycles.mount, props);
          mounted = props;
        } finally {
          mounting = false;
        }
        if (changes !== changesBefore) await refresh();
      },
      unmount: async (props) => {
        mounted = null;
        await queue.catch(() => undefined);
        await run(lifecycles.unmount, props);
      },
    },
    refresh,
  };
}
