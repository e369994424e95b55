import { askFormEn } from './namespaces/ask-form';
import { pickersEn } from './namespaces/pickers';
import { attachmentsEn } from './namespaces/attachments';
import { helpEn } from './namespaces/help';
import { channelsEn } from './namespaces/channels';
import { snapshotEn } from './namespaces/snapshot';
import type { Messages } from './messages';

/** English messages. Typed as `Messages`, so a key missing here (or misspelt) fails the type check. */
export const en: Messages = {
  common: {
    retry: 'Retry',
  },
  module: {
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
        theme: 'expected “light” or “dark”',
        basePath: 'expected a path starting with “/”',
        profileUrl: 'expected a URL (an http(s) address or a path starting with “/”)',
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
    unknown: 'Could not load the data. Please try again.',
  },
  ask: {
    title: 'Seller support',
    intro: 'Ask a question: the moderator will see at once who you are and everything needed to answer.',
    identity: {
      title: 'Your details',
      readOnlyNote: 'These details come from your cabinet profile and cannot be changed here.',
      loading: 'Loading your seller details…',
      editInProfile: 'Edit in profile',
      legalName: 'Legal name',
      taxId: 'Tax ID',
      contactName: 'Contact person',
      email: 'E-mail',
      phone: 'Phone',
      tier: 'Account tier',
      tiers: {
        standard: 'Standard',
        silver: 'Silver',
        gold: 'Gold',
        platinum: 'Platinum',
      },
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
  askForm: askFormEn,
  pickers: pickersEn,
  attachments: attachmentsEn,
  help: helpEn,
  channels: channelsEn,
  snapshot: snapshotEn,
};
