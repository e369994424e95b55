import { createPublicKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Moderator } from '@seller-support/contract';
import type { AuthConfig, JwtConfig } from '../config';

/** Who is calling: the seller whose support data the request may see. */
export interface Caller {
  sellerId: string;
}

/** A support moderator calling the desk's API. */
export interface ModeratorCaller {
  moderator: Moderator;
}

/** Whoever a token proves: a seller (the seller API) or a moderator (the desk's API), never both. */
export type Principal = Caller | ModeratorCaller;

/**
 * Turns a bearer token into a caller, or null when the token proves nothing. Pluggable: the demo's
 * fixed tokens, signed JWTs, or a host's own scheme implement the same one method.
 */
export interface TokenVerifier {
  verify(token: string): Promise<Principal | null>;
}

/** Fixed tokens for the demo and for tests: `demo-token` is the demo's seller, `desk-token` its moderator. */
export class DemoTokenVerifier implements TokenVerifier {
  readonly #tokens: ReadonlyMap<string, string>;
  readonly #moderators: ReadonlyMap<string, Moderator>;

  constructor(tokens: ReadonlyMap<string, string>, moderators: ReadonlyMap<string, Moderator> = new Map()) {
    this.#tokens = tokens;
    this.#moderators = moderators;
  }

  verify(token: string): Promise<Principal | null> {
    const sellerId = this.#tokens.get(token);
    if (sellerId !== undefined) return Promise.resolve({ sellerId });
    const moderator = this.#moderators.get(token);
    return Promise.resolve(moderator === undefined ? null : { moderator: { ...moderator } });
  }
}

const principalId = /^[\w-]{1,128}$/;

/**
 * Signed JWTs (`jose`): the signature against a JWKS (keys fetched and cached by `kid`) or one
 * public key, the expiry, and the issuer and audience when configured; the seller id is a claim.
 */
export class JwtVerifier implements TokenVerifier {
  readonly #key: JWTVerifyGetKey | KeyObject;
  readonly #config: JwtConfig;

  constructor(config: JwtConfig) {
    this.#config = config;
    if (config.jwksUrl !== null) this.#key = createRemoteJWKSet(config.jwksUrl);
    else if (config.publicKeyPem !== null) this.#key = createPublicKey(config.publicKeyPem);
    else throw new Error('A JWT verifier needs JWT_JWKS_URL or JWT_PUBLIC_KEY');
  }

  async verify(token: string): Promise<Principal | null> {
    // Only something shaped like a JWT is worth a signature check (and, with a JWKS, a fetch).
    if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) return null;
    const options = {
      algorithms: [...this.#config.algorithms],
      ...(this.#config.issuer === null ? {} : { issuer: this.#config.issuer }),
      ...(this.#config.audience === null ? {} : { audience: this.#config.audience }),
    };
    try {
      const { payload } =
        typeof this.#key === 'function'
          ? await jwtVerify(token, this.#key, options)
          : await jwtVerify(token, this.#key, options);
      // A moderator's token is marked by its claim (true), and names the moderator in `sub` and `name`:
      // it is never also a seller's, so it opens the desk and not the seller API.
      const { moderatorClaim } = this.#config;
      if (moderatorClaim !== undefined && payload[moderatorClaim] === true) {
        const id = payload.sub;
        if (typeof id !== 'string' || !principalId.test(id)) return null;
        const name = payload['name'];
        return { moderator: { id, displayName: typeof name === 'string' && name.trim() !== '' ? name : id } };
      }
      const sellerId = payload[this.#config.sellerClaim];
      return typeof sellerId === 'string' && principalId.test(sellerId) ? { sellerId } : null;
    } catch (error) {
      // A bad token is the caller's problem (401); a JWKS we cannot reach is ours (500).
      if (error instanceof errors.JOSEError && !(error instanceof errors.JWKSTimeout)) return null;
      throw error;
    }
  }
}

/** Asks each verifier in turn; the first that knows the token decides. */
export class ChainVerifier implements TokenVerifier {
  readonly #verifiers: readonly TokenVerifier[];

  constructor(verifiers: readonly TokenVerifier[]) {
    this.#verifiers = verifiers;
  }

  async verify(token: string): Promise<Principal | null> {
    for (const verifier of this.#verifiers) {
      const caller = await verifier.verify(token);
      if (caller !== null) return caller;
    }
    return null;
  }
}

/** The verifier the configuration asks for. */
export function verifierFromConfig(config: AuthConfig): TokenVerifier {
  const verifiers: TokenVerifier[] = [];
  if (config.demoTokens.size > 0 || config.demoModeratorTokens.size > 0)
    verifiers.push(new DemoTokenVerifier(config.demoTokens, config.demoModeratorTokens));
  if (config.jwt !== null) verifiers.push(new JwtVerifier(config.jwt));
  return new ChainVerifier(verifiers);
}
