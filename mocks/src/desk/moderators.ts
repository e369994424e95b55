import type { Moderator } from '@seller-support/contract';

/** The demo's moderators at the desk. */
export const deskAnna: Moderator = { id: 'm-anna', displayName: 'Модератор Анна' };
export const deskBoris: Moderator = { id: 'm-boris', displayName: 'Модератор Борис' };

/**
 * The desk's bearer tokens and whose they are: the desk UI, its stories and tests sign in with
 * one of these. Any other token is a 401 at the desk (a seller's token is not a moderator's).
 */
export const deskTokens: Readonly<Record<string, Moderator>> = {
  'desk-token': deskAnna,
  'desk-token-2': deskBoris,
};

/** The moderator a desk token belongs to, or undefined for any other token. */
export function deskModeratorOf(token: string): Moderator | undefined {
  const moderator = Object.hasOwn(deskTokens, token) ? deskTokens[token] : undefined;
  return moderator === undefined ? undefined : { ...moderator };
}
