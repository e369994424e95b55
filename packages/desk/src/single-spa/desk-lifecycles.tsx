/**
 * The desk's single-spa lifecycles: the only file with the entry that knows single-spa-react
 * exists. Each mount makes a `<div data-seller-support-desk>` with its shadow root inside the
 * host's element, puts the React root on it and removes it at unmount, so the host's element
 * never carries the desk's React root or its listeners, and nothing of the desk outlives it.
 */
import * as React from 'react';
import * as ReactDOMClient from 'react-dom/client';
import type { AppProps } from 'single-spa';
import singleSpaReact from 'single-spa-react';
import { DeskRoot, DeskRootFallback, type RawDeskProps } from '../app/desk-root';
import { DeskMountElement } from '../shared/ui/shadow-host';

type LifecycleProps = RawDeskProps & AppProps;

function hostElementOf(props: LifecycleProps): HTMLElement {
  const { domElement, domElementGetter } = props;
  if (domElement instanceof HTMLElement) return domElement;
  const got: unknown =
    typeof domElementGetter === 'function' ? Reflect.apply(domElementGetter, undefined, [props]) : null;
  return got instanceof HTMLElement ? got : document.body;
}

// single-spa-react keeps the first mount's props; it has no use for the host's element.
function withoutHostElement(props: LifecycleProps): LifecycleProps {
  const rest = { ...props };
  Reflect.deleteProperty(rest, 'domElement');
  Reflect.deleteProperty(rest, 'domElementGetter');
  return rest;
}

const elements = new Map<string, HTMLElement>();
function elementOf(name: string): HTMLElement {
  const element = elements.get(name);
  if (element === undefined) throw new Error(`@seller-support/desk: '${name}' is not mounted`);
  return element;
}

const lifecycles = singleSpaReact<RawDeskProps>({
  React,
  ReactDOMClient,
  rootComponent: (props) => (
    <DeskMountElement element={elementOf(props.name)}>
      <DeskRoot {...props} />
    </DeskMountElement>
  ),
  errorBoundary: (_error, _info, props) => (
    <DeskMountElement element={elementOf(props.name)}>
      <DeskRootFallback {...props} />
    </DeskMountElement>
  ),
  domElementGetter: ({ name }) => elementOf(name),
});

// single-spa-react's update reads only `name` of single-spa's props (to find the root it renders).
interface Updatable {
  update?(props: RawDeskProps & { name: string }): Promise<unknown>;
}
const updatable: Updatable = lifecycles;

export const deskLifecycles = {
  bootstrap: (props: LifecycleProps) => lifecycles.bootstrap(withoutHostElement(props)),
  async mount(props: LifecycleProps) {
    const element = document.createElement('div');
    element.setAttribute('data-seller-support-desk', '');
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
  async unmount(props: LifecycleProps) {
    try {
      await lifecycles.unmount(withoutHostElement(props));
    } finally {
      elements.get(props.name)?.remove();
      elements.delete(props.name);
    }
  },
  update: (props: RawDeskProps & { name: string }) => updatable.update?.(props) ?? Promise.resolve(),
};
