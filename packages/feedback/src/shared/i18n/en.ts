import type { sharedRu } from './ru';
import type { MessagesOf } from '@seller-support/ui';

/** English messages of the shared namespaces. Typed against the Russian ones, so a key missing here (or misspelt) fails the type check. */
export const sharedEn: MessagesOf<typeof sharedRu> = {
  common: {
    retry: 'Retry',
    retryIn: 'Retry in {wait}',
    sendIn: 'You can send in {wait}',
    wait: {
      seconds: {
        one: '{count} second',
        other: '{count} seconds',
      },
      minutes: {
        one: '{count} minute',
        other: '{count} minutes',
      },
      hours: {
        one: '{count} hour',
        other: '{count} hours',
      },
    },
    serverValue: 'Value from the server: {value}',
  },
  module: {
    loading: 'Loading…',
    nav: {
      label: 'Support sections',
      ask: 'New request',
      requests: 'My requests',
    },
    notFound: {
      title: 'There is no such page in support',
      body: 'The link may be out of date or mistyped.',
      toAsk: 'Ask a question',
      toRequests: 'Open my requests',
      /** The page is not under the module's basePath (the host's setup, not the seller's link). */
      elsewhere: 'Support opens at another address',
    },
    crashed: {
      title: 'Something went wrong',
      body: 'The support module stopped unexpectedly. Try restarting it.',
      reload: 'Restart the module',
    },
    invalidProps: {
      title: 'The support module did not start',
      body: 'The cabinet passed the module invalid settings. Please let the cabinet’s developers know.',
      missing: '{prop}: required but not passed, {expected}',
      invalid: '{prop}: {expected}',
      expected: {
        apiBaseUrl: 'expected a URL (an http(s) address or a path starting with “/”)',
        getAccessToken: 'expected a function that returns an access token',
        onSessionExpired: 'expected a function',
        locale: 'expected “ru” or “en”',
        theme:
          'expected “light”, “dark” or an object with base and tokens: tokens from the module’s list (accent, text, bg…), values without “;”, braces, angle brackets, backslashes, “url(” or line breaks',
        basePath: 'expected a path starting with “/”',
        profileUrl: 'expected a URL (an http(s) address or a path starting with “/”)',
        seller: 'expected the seller’s context in the shape of the GET /context answer',
        initialTopic:
          'expected one of the request topics (account, orders, staff_complaint, parcel_location, logistics_info, fraud, payments, warranty)',
        initialOrderIds: 'expected a list of order ids (non-empty strings, at most 20)',
        hiddenTopics:
          'expected a list of request topics (account, orders, staff_complaint, parcel_location, logistics_info, fraud, payments, warranty)',
        allTopicsHidden: 'every request topic is hidden, but at least one must stay',
        initialTopicHidden:
          'the topic set in initialTopic is hidden: remove it from hiddenTopics or choose another one',
        nonce: 'expected a string',
        onEvent: 'expected a function',
      },
    },
  },
  errors: {
    network: 'Cannot reach the server. Check your internet connection and try again.',
    unauthorized: 'Your session has expired. Sign in to the cabinet again and retry.',
    forbidden: 'You are not allowed to see this information.',
    server: 'The server is temporarily unavailable. Please try again in a moment.',
    malformed: 'The server sent an answer the module does not understand. Please try again later.',
    timeout: 'The server did not answer in time. Please try again.',
    rateLimited: 'Too many requests in a row. Please try again a little later.',
    rateLimitedWait: 'Too many requests in a row. The server asks you to wait {wait}, then try again.',
    unknown: 'Could not load the data. Please try again.',
    notFound: 'Not found: it may have been deleted. Reload the page.',
    conflict: 'The data changed while you were working. Reload the page and try again.',
    tooLarge: 'The server refused the request: it is too large.',
    unsupportedType: 'The server does not accept data in this format.',
    validation: 'The server refused the request. Please try again later.',
  },
  ask: {
    title: 'Seller support',
    intro: 'Ask a question: the moderator will see at once who you are and everything needed to answer.',
    identity: {
      title: 'Your details',
      readOnlyNote: 'These details come from your cabinet profile and cannot be changed here.',
      loading: 'Loading your seller details…',
      editInProfile: 'Edit in profile',
      deals: 'Deals',
      dealsSummary: '{orders} {period}, turnover {turnover}',
      orders: {
        one: '{count} order',
        other: '{count} orders',
      },
      period: {
        one: 'in the last day',
        other: 'in the last {count} days',
      },
    },
  },
};
