/**
 * An entry's lifecycles before their code is here. The entry file a host imports holds only
 * these and what decides what to load (app/first-screen.ts): single-spa gets its lifecycles the
 * moment the entry arrives, and the entry asks for everything its first screen needs at once, the
 * lifecycles' own code (React DOM, single-spa-react, the frame) among it, and sends the first
 * screen's requests, all before any of that code runs. Each lifecycle waits for the code, then
 * does what the real one does.
 */

/** Lifecycles taking the host's props of any shape, as single-spa-react makes them. */
export interface ModuleLifecycleFunctions {
  bootstrap(props: Readonly<Record<string, unknown>>): Promise<unknown>;
  mount(props: Readonly<Record<string, unknown>>): Promise<unknown>;
  unmount(props: Readonly<Record<string, unknown>>): Promise<unknown>;
  update?(props: Readonly<Record<string, unknown>>): Promise<unknown>;
}

export interface LazyLifecyclesOptions {
  /** Loads the real lifecycles (a dynamic import). A failed load is asked for again next time. */
  load: () => Promise<ModuleLifecycleFunctions>;
  /** What to start when single-spa first hands over the props, before the code is asked for. */
  atBootstrap?: (props: Readonly<Record<string, unknown>>) => void;
  /** What to start as each mount begins, before it waits for the code. */
  atMount?: (props: Readonly<Record<string, unknown>>) => void;
}

export function lazyLifecycles({
  load,
  atBootstrap,
  atMount,
}: LazyLifecyclesOptions): Required<ModuleLifecycleFunctions> {
  let loading: Promise<ModuleLifecycleFunctions> | undefined;
  const lifecycles = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  // single-spa-react's bootstrap, once, before the first mount (it only checks its options).
  let bootstrapped: Promise<unknown> | undefined;
  return {
    // Resolves at once: single-spa mounts right after, and the mount is where the code is waited for.
    bootstrap(props) {
      atBootstrap?.(props);
      lifecycles().catch(() => undefined);
      return Promise.resolve();
    },
    async mount(props) {
      atMount?.(props);
      const real = await lifecycles();
      bootstrapped ??= real.bootstrap(props).catch((error: unknown) => {
        bootstrapped = undefined;
        throw error;
      });
      await bootstrapped;
      return real.mount(props);
    },
    async unmount(props) {
      return (await lifecycles()).unmount(props);
    },
    async update(props) {
      return (await lifecycles()).update?.(props);
    },
  };
}
