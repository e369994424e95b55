import { FetchDeskClient } from '@seller-support/contract/desk';
import { QueryClientProvider } from '@tanstack/react-query';
import { useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { DeskClientProvider } from '../shared/api/desk-client-context';
import { DeskLiveUpdates } from '../shared/api/live-updates';
import { createDeskQueryClient, useReleaseQueryClientOnUnmount } from '../shared/api/query-client';
import { DeskI18nProvider, useDeskI18n, type DeskLocale } from '../shared/i18n/i18n';
import { DeskRouterProvider } from '../shared/lib/desk-routes';
import { DeskShadowHost } from '../shared/ui/shadow-host';
import { deskCss } from '../shared/ui/styles';
import { DeskErrorBoundary, DeskCrashScreen } from './desk-error-boundary';
import { DeskPages } from './desk-pages';
import {
  failSafeDeskProps,
  parseDeskHostProps,
  type AccessTokenGetter,
  type DeskHostProps,
} from './host-props';

/** Whatever the host passed: validated here, not trusted by type. */
export type RawDeskProps = Readonly<Record<string, unknown>>;

/** The shadow root, the styles and the language: what every screen of the desk sits in. */
export function DeskFrame({
  locale,
  theme,
  timeZone = 'Europe/Moscow',
  nonce,
  children,
}: {
  locale: DeskLocale;
  theme: 'light' | 'dark';
  timeZone?: string | undefined;
  nonce?: string | undefined;
  children: ReactNode;
}) {
  return (
    <DeskShadowHost css={deskCss} theme={theme} nonce={nonce}>
      <DeskI18nProvider locale={locale} timeZone={timeZone}>
        <div lang={locale}>{children}</div>
      </DeskI18nProvider>
    </DeskShadowHost>
  );
}

function InvalidProps({ invalid }: { invalid: readonly string[] }) {
  const { m, fill } = useDeskI18n();
  return (
    <div className="ss-alert" role="alert">
      <h1 className="ss-alert__title">{m.frame.invalidPropsTitle}</h1>
      <ul>
        {invalid.map((name) => (
          <li key={name}>{fill(m.frame.invalidProp, { name })}</li>
        ))}
      </ul>
    </div>
  );
}

/** The host's latest token getter, outside React: the client asks it on every request. */
class TokenSource {
  #getter: AccessTokenGetter;
  constructor(getter: AccessTokenGetter) {
    this.#getter = getter;
  }
  set(getter: AccessTokenGetter): void {
    this.#getter = getter;
  }
  get(): string | Promise<string> {
    return this.#getter();
  }
}

/**
 * The data layer of one mount: its API client and its own QueryClient, dropped on unmount. Keyed
 * by the API's address in the root: another server starts afresh.
 */
export function DeskData({
  props,
  retry = true,
  fetch,
  children,
}: {
  props: Pick<DeskHostProps, 'apiBaseUrl' | 'getAccessToken'>;
  /** `false` in tests and stories: an error shows at once. */
  retry?: boolean;
  /** The global one unless a test or story answers from the mocks in the page. */
  fetch?: typeof globalThis.fetch | undefined;
  children: ReactNode;
}) {
  const [queryClient] = useState(() => createDeskQueryClient({ retry }));
  useReleaseQueryClientOnUnmount(queryClient);
  // The token getter is read on every request: a renewed one from an update is used at once.
  const { apiBaseUrl, getAccessToken } = props;
  const [token] = useState(() => new TokenSource(getAccessToken));
  useLayoutEffect(() => token.set(getAccessToken), [token, getAccessToken]);
  const client = useMemo(
    () => new FetchDeskClient({ baseUrl: apiBaseUrl, getAccessToken: () => token.get(), fetch }),
    [apiBaseUrl, token, fetch],
  );
  return (
    <DeskClientProvider client={client}>
      <QueryClientProvider client={queryClient}>
        <DeskLiveUpdates
          queryClient={queryClient}
          apiBaseUrl={apiBaseUrl}
          getAccessToken={() => token.get()}
          fetch={fetch}
        >
          {children}
        </DeskLiveUpdates>
      </QueryClientProvider>
    </DeskClientProvider>
  );
}

/**
 * The desk's root. Every mount and update parses the host's props again; language and theme come
 * from them even when others are wrong, so the error shows in the moderator's language.
 */
export function DeskRoot(raw: RawDeskProps) {
  const { locale, theme, nonce } = failSafeDeskProps(raw);
  const parsed = useMemo(() => parseDeskHostProps(raw), [raw]);
  return (
    <DeskFrame
      locale={locale}
      theme={theme}
      nonce={nonce}
      timeZone={parsed.ok ? parsed.props.timeZone : undefined}
    >
      {parsed.ok ? (
        <DeskErrorBoundary>
          <DeskData key={parsed.props.apiBaseUrl} props={parsed.props}>
            <DeskRouterProvider basePath={parsed.props.basePath}>
              <DeskPages />
            </DeskRouterProvider>
          </DeskData>
        </DeskErrorBoundary>
      ) : (
        <InvalidProps invalid={parsed.invalid} />
      )}
    </DeskFrame>
  );
}

/** What single-spa-react's own boundary shows if the frame itself fails. */
export function DeskRootFallback(raw: RawDeskProps) {
  const { locale, theme, nonce } = failSafeDeskProps(raw);
  return (
    <DeskFrame locale={locale} theme={theme} nonce={nonce}>
      <DeskCrashScreen />
    </DeskFrame>
  );
}
