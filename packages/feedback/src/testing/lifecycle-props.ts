import { mockApiBaseUrl } from './module-harness';

export interface LifecyclePropsOptions {
  /** What follows `@seller-support/feedback#` in single-spa's name of this registration. */
  name: string;
  /** The element single-spa gives the application to render into. */
  domElement: HTMLElement;
}

/**
 * Lifecycle props as single-spa hands them to the application: its own keys (`name`,
 * `singleSpa`, `mountParcel`, `domElement`) and the host's custom props, which default to the
 * mock API with the demo token and the test page's own path as `basePath` (the module at its
 * root, the "ask" screen). `hostProps` adds to or replaces any of them.
 */
export function lifecycleProps(
  { name, domElement }: LifecyclePropsOptions,
  hostProps: Readonly<Record<string, unknown>> = {},
) {
  return {
    name: `@seller-support/feedback#${name}`,
    singleSpa: {},
    mountParcel: () => {
      throw new Error('not used');
    },
    domElement,
    apiBaseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    basePath: window.location.pathname,
    ...hostProps,
  };
}
