/**
 * single-spa-react's lifecycles, rendering into an element the module owns: each mount makes a
 * `<div data-seller-support>` with its shadow root inside the host's element, puts the React root
 * on it, and removes it at unmount. The host's element never carries the module's React root or
 * React DOM's listeners (about 140, one per event type and phase), and single-spa-react never sees
 * it. That matters because the host's element may outlive the mount by far: single-spa 6 keeps
 * every closed root parcel's props, its `domElement` among them, for the life of the page; a
 * cabinet may keep its outlet for as long. Once unmounted, nothing of the module refers to the
 * element it made, so it goes with everything on it.
 */
import * as React from 'react';
import * as ReactDOMClient from 'react-dom/client';
import type { ComponentType, ErrorInfo, ReactElement, ReactNode } from 'react';
import type { AppProps } from 'single-spa';
import singleSpaReact, { type ReactAppOrParcel } from 'single-spa-react';
import type { RawHostProps } from '../app/feedback-root';
import { ModuleMountElement } from '../shared/ui/shadow-host';

type LifecycleProps = RawHostProps & AppProps;

export interface ModuleLifecyclesOptions {
  /** The module's root, given the host's props and single-spa's. */
  rootComponent: ComponentType<RawHostProps>;
  /** What single-spa-react's own boundary shows if the root fails, given the same props. */
  errorBoundary: (props: RawHostProps) => ReactElement;
}

/**
 * Where the host asked the module to render: its `domElement`, else what its `domElementGetter`
 * returns (single-spa-react's order), else the end of `<body>`.
 */
function hostElementOf(props: LifecycleProps): HTMLElement {
  const { domElement, domElementGetter } = props;
  if (domElement instanceof HTMLElement) return domElement;
  const got: unknown =
    typeof domElementGetter === 'function' ? Reflect.apply(domElementGetter, undefined, [props]) : null;
  return got instanceof HTMLElement ? got : document.body;
}

/**
 * The props without the host's element: single-spa-react keeps the first mount's props for the
 * life of its lifecycles (its error boundary's class closes over them), and the React tree has
 * no use for that element.
 */
function withoutHostElement(props: LifecycleProps): LifecycleProps {
  const rest = { ...props };
  Reflect.deleteProperty(rest, 'domElement');
  Reflect.deleteProperty(rest, 'domElementGetter');
  return rest;
}

/** Lifecycles for one of the module's entries (the application or the parcel). */
export function moduleLifecycles({
  rootComponent: RootComponent,
  errorBoundary,
}: ModuleLifecyclesOptions): ReactAppOrParcel<RawHostProps> {
  // One per mount, by single-spa's name of it (single-spa-react keys its roots the same way).
  const elements = new Map<string, HTMLElement>();
  const elementOf = (name: string): HTMLElement => {
    const element = elements.get(name);
    if (element === undefined) throw new Error(`@seller-support/feedback: '${name}' is not mounted`);
    return element;
  };
  const inMountElement = (props: LifecycleProps, content: ReactNode) => (
    <ModuleMountElement element={elementOf(props.name)}>{content}</ModuleMountElement>
  );

  const lifecycles = singleSpaReact<RawHostProps>({
    React,
    ReactDOMClient,
    rootComponent: (props) => inMountElement(props, <RootComponent {...props} />),
    errorBoundary: (_error: Error, _info: ErrorInfo, props) => inMountElement(props, errorBoundary(props)),
    // Used because the props handed on carry no `domElement` of their own.
    domElementGetter: ({ name }) => elementOf(name),
  });

  return {
    bootstrap: (props) => lifecycles.bootstrap(withoutHostElement(props)),
    async mount(props) {
      const element = document.createElement('div');
      element.setAttribute('data-seller-support', '');
      element.attachShadow({ mode: 'open' });
      hostElementOf(props).append(element);
      elements.set(props.name, element);
      try {
        await lifecycles.mount(withoutHostElement(props));
      } catch (error) {
        elements.delete(props.name);
        element.remove();
        throw error;
      }
    },
    async unmount(props) {
      try {
        await lifecycles.unmount(withoutHostElement(props));
      } finally {
        elements.get(props.name)?.remove();
        elements.delete(props.name);
      }
    },
    update: (props) => lifecycles.update?.(withoutHostElement(props)) ?? Promise.resolve(),
  };
}
