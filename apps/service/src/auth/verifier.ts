import { createPublicKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig, JwtConfig } from '../config';

/** Who is calling: the seller whose support data the request may see. */
export interface Caller {
  sellerId: string;
}

/**
 * Turns a bearer token into a caller, or null when the token proves nothing. Pluggable: the demo's
 * fixed tokens, signed JWTs, or a host's own scheme implement the same one method.
 */
export interface TokenVerifier {
  verify(token: string): Promise<Caller | null>;
}

/** Fixed tokens for the demo and for tests: `demo-token` is the demo's seller. */
export class DemoTokenVerifier implements TokenVerifier {
  readonly #tokens: ReadonlyMap<string, string>;

  constructor(tokens: ReadonlyMap<string, string>) {
    this.#tokens = tokens;
  }

  verify(token: string): Promise<Caller | null> {
    const sellerId = this.#tokens.get(token);
    return Promise.resolve(sellerId === undefined ? null : { sellerId });
  }
}

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

  async verify(token: string): Promise<Caller | null> {
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
      const sellerId = payload[this.#config.sellerClaim];
      return typeof sellerId === 'string' && /^[\w-]{1,128}$/.test(sellerId) ? { sellerId } : null;
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

  async verify(token: string): Promise<Caller | null> {
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
  if (config.demoTokens.size > 0) verifiers.push(new DemoTokenVerifier(config.demoTokens));
  if (config.jwt !== null) verifiers.push(new JwtVerifier(config.jwt));
  return new ChainVerifier(verifiers);
}
