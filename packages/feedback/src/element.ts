/**
 * The module for a cabinet without single-spa (a plain page, another framework): importing
 * `@seller-support/feedback/element` registers `<seller-support>`. Simple props are attributes
 * (`api-base-url`, `locale`, `theme`, `base-path`, …), functions and objects are properties
 * (`getAccessToken`, `onEvent`, `seller`, …); the module mounts when the element joins the page,
 * re-renders in place when either changes, and unmounts when it leaves. Its events bubble from
 * the element as `seller-support:event`.
 *
 * @packageDocumentation
 */
import type { AccessTokenGetter, CustomTheme, HostPropsInput } from './app/host-props';
import type { ModuleEvent } from './app/events';
import type { SellerContext, Topic } from '@seller-support/contract';
import { knownHostPropNames } from './app/host-props';
import { applicationLifecycles as lifecycles } from './single-spa/application';
import { applicationFirstParts, applicationFirstRequests, preloadParts } from './app/first-screen';
import { sendEarlyRequests } from './shared/api/early-requests';

export * from './index';

// The files of the lazily loaded parts, written into this file by the build (firstScreenPlugin).
declare const __sellerSupportFirstScreen: unknown;
const firstScreenFiles =
  typeof __sellerSupportFirstScreen === 'undefined' ? undefined : __sellerSupportFirstScreen;

/** The tag the entry registers. */
export const sellerSupportElementName = 'seller-support';

/** The attributes `<seller-support>` reads, and the prop each one sets. */
export const sellerSupportAttributes = {
  'api-base-url': 'apiBaseUrl',
  locale: 'locale',
  theme: 'theme',
  'base-path': 'basePath',
  'profile-url': 'profileUrl',
  'initial-topic': 'initialTopic',
} as const;

type AttributeName = keyof typeof sellerSupportAttributes;
type AttributeProp = (typeof sellerSupportAttributes)[AttributeName];

/**
 * The element's props as set: a property's value as given, an attribute's as its string (the
 * module checks both as it checks any host's props, and names what is wrong).
 */
type ElementProps = {
  [K in Exclude<keyof HostPropsInput, 'nonce'>]?:
    (K extends AttributeProp ? HostPropsInput[K] | string : HostPropsInput[K]) | undefined;
};

function isAttributeName(name: string): name is AttributeName {
  return Object.hasOwn(sellerSupportAttributes, name);
}

let instances = 0;

/**
 * `<seller-support>`: the application's pages in an element. Every prop of {@link HostPropsInput}
 * is a property of the same name; the simple ones are attributes too, and whichever was set last
 * counts. `nonce` is the element's own (the HTML attribute, or the property). Changes are applied together at the end of the task that made them, through the
 * module's update: the seller keeps what they typed.
 */
export class SellerSupportElement extends HTMLElement {
  static readonly observedAttributes: readonly string[] = Object.keys(sellerSupportAttributes);

  // single-spa-react keeps its roots by name: one per element.
  readonly #name = `${sellerSupportElementName}#${String((instances += 1))}`;
  readonly #props: ElementProps = {};
  #mounted = false;
  #scheduled = false;
  // Mounts, updates and unmounts run one after another, never two at once.
  #queue: Promise<unknown> = Promise.resolve();

  constructor() {
    super();
    // A page may set properties before this script defined the element: those sit on the
    // instance, hiding the accessors. Taken over here, as if set now.
    for (const prop of knownHostPropNames) {
      if (prop === 'nonce' || !Object.hasOwn(this, prop)) continue;
      const value: unknown = Reflect.get(this, prop);
      Reflect.deleteProperty(this, prop);
      Reflect.set(this, prop, value);
    }
  }

  get apiBaseUrl(): string | undefined {
    return this.#props.apiBaseUrl;
  }
  set apiBaseUrl(value: string | undefined) {
    this.#set('apiBaseUrl', value);
  }
  get getAccessToken(): AccessTokenGetter | undefined {
    return this.#props.getAccessToken;
  }
  set getAccessToken(value: AccessTokenGetter | undefined) {
    this.#set('getAccessToken', value);
  }
  get onSessionExpired(): (() => void) | undefined {
    return this.#props.onSessionExpired;
  }
  set onSessionExpired(value: (() => void) | undefined) {
    this.#set('onSessionExpired', value);
  }
  get onEvent(): ((event: ModuleEvent) => void) | undefined {
    return this.#props.onEvent;
  }
  set onEvent(value: ((event: ModuleEvent) => void) | undefined) {
    this.#set('onEvent', value);
  }
  /** `ru` or `en` ({@link Locale}); anything else shows the module's invalid-props screen. */
  get locale(): string | undefined {
    return this.#props.locale;
  }
  set locale(value: string | undefined) {
    this.#set('locale', value);
  }
  /** `light`, `dark` (also as the attribute), or `{ base?, tokens }` (as the property only). */
  get theme(): CustomTheme | string | undefined {
    return this.#props.theme;
  }
  set theme(value: CustomTheme | string | undefined) {
    this.#set('theme', value);
  }
  get basePath(): string | undefined {
    return this.#props.basePath;
  }
  set basePath(value: string | undefined) {
    this.#set('basePath', value);
  }
  get profileUrl(): string | undefined {
    return this.#props.profileUrl;
  }
  set profileUrl(value: string | undefined) {
    this.#set('profileUrl', value);
  }
  get seller(): SellerContext | undefined {
    return this.#props.seller;
  }
  set seller(value: SellerContext | undefined) {
    this.#set('seller', value);
  }
  /** One of the eight topics ({@link Topic}). */
  get initialTopic(): string | undefined {
    return this.#props.initialTopic;
  }
  set initialTopic(value: string | undefined) {
    this.#set('initialTopic', value);
  }
  get initialOrderIds(): string[] | undefined {
    return this.#props.initialOrderIds;
  }
  set initialOrderIds(value: string[] | undefined) {
    this.#set('initialOrderIds', value);
  }
  get hiddenTopics(): Topic[] | undefined {
    return this.#props.hiddenTopics;
  }
  set hiddenTopics(value: Topic[] | undefined) {
    this.#set('hiddenTopics', value);
  }

  connectedCallback(): void {
    this.#schedule();
  }

  disconnectedCallback(): void {
    this.#schedule();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (isAttributeName(name)) this.#set(sellerSupportAttributes[name], value ?? undefined);
  }

  #set<K extends keyof ElementProps>(prop: K, value: ElementProps[K]): void {
    this.#props[prop] = value;
    this.#schedule();
  }

  /**
   * One render for every change made in the same task (a host sets several properties in a
   * row), and none for an element that joins and leaves the page within it.
   */
  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#queue = this.#queue.then(() => this.#apply()).catch(reportError);
    });
  }

  async #apply(): Promise<void> {
    const props = {
      ...this.#props,
      // The element's own `nonce` (attribute or property): browsers hide the attribute's value
      // once the element is in the page, so it is read from the property.
      nonce: this.nonce === '' ? undefined : this.nonce,
      name: this.#name,
      domElement: this,
      singleSpa: null,
      mountParcel: () => {
        throw new Error('<seller-support> runs without single-spa: it mounts no parcels');
      },
    };
    if (this.isConnected && !this.#mounted) {
      this.#mounted = true;
      preloadParts(firstScreenFiles, import.meta.url, applicationFirstParts(props));
      sendEarlyRequests(props.apiBaseUrl, props.getAccessToken, applicationFirstRequests(props));
      await lifecycles.bootstrap(props);
      await lifecycles.mount(props);
    } else if (this.isConnected) {
      await lifecycles.update?.(props);
    } else if (this.#mounted) {
      this.#mounted = false;
      await lifecycles.unmount(props);
    }
  }
}

// A second copy of the module on the page (another version) leaves the first one's element be.
if (customElements.get(sellerSupportElementName) === undefined) {
  customElements.define(sellerSupportElementName, SellerSupportElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'seller-support': SellerSupportElement;
  }
}
