import { createServer } from 'node:http';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { ChainVerifier, DemoTokenVerifier, JwtVerifier } from './verifier';

async function issuer() {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const sign = (claims: Record<string, unknown>, expiresIn = '5m') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(privateKey);
  return { publicKeyPem: await exportSPKI(publicKey), sign };
}

const jwtConfig = (publicKeyPem: string, sellerClaim = 'sub') => ({
  jwksUrl: null,
  publicKeyPem,
  algorithms: ['ES256'],
  issuer: 'https://id.example.test',
  audience: 'seller-support',
  sellerClaim,
});

describe('who the caller is', () => {
  it('a signed JWT names the seller in its configured claim; issuer and audience must match', async () => {
    const { publicKeyPem, sign } = await issuer();
    const verifier = new JwtVerifier(jwtConfig(publicKeyPem, 'seller_id'));
    const good = { iss: 'https://id.example.test', aud: 'seller-support', seller_id: 's-1042' };
    expect(await verifier.verify(await sign(good))).toEqual({ sellerId: 's-1042' });
    expect(await verifier.verify(await sign({ ...good, aud: 'another-service' }))).toBeNull();
    expect(await verifier.verify(await sign({ ...good, seller_id: undefined }))).toBeNull();
    expect(await verifier.verify(await sign(good, '-1m'))).toBeNull();
    expect(await verifier.verify('demo-token')).toBeNull();
  });

  it('refuses a token signed by another key', async () => {
    const trusted = await issuer();
    const stranger = await issuer();
    const verifier = new JwtVerifier(jwtConfig(trusted.publicKeyPem));
    const claims = { iss: 'https://id.example.test', aud: 'seller-support', sub: 's-1042' };
    expect(await verifier.verify(await stranger.sign(claims))).toBeNull();
    expect(await verifier.verify(await trusted.sign(claims))).toEqual({ sellerId: 's-1042' });
  });

  it('demo tokens and JWTs side by side: the first verifier that knows the token decides', async () => {
    const { publicKeyPem, sign } = await issuer();
    const chain = new ChainVerifier([
      new DemoTokenVerifier(new Map([['demo-token', 's-1042']])),
      new JwtVerifier(jwtConfig(publicKeyPem)),
    ]);
    expect(await chain.verify('demo-token')).toEqual({ sellerId: 's-1042' });
    const token = await sign({ iss: 'https://id.example.test', aud: 'seller-support', sub: 's-2077' });
    expect(await chain.verify(token)).toEqual({ sellerId: 's-2077' });
    expect(await chain.verify('unknown')).toBeNull();
  });
});

describe('moderators', () => {
  it('a JWT with the moderator claim is a moderator (sub, name), never a seller; without it, a seller', async () => {
    const { publicKeyPem, sign } = await issuer();
    const verifier = new JwtVerifier({ ...jwtConfig(publicKeyPem), moderatorClaim: 'support_moderator' });
    const base = { iss: 'https://id.example.test', aud: 'seller-support' };
    expect(
      await verifier.verify(
        await sign({ ...base, sub: 'm-oleg', name: 'Модератор Олег', support_moderator: true }),
      ),
    ).toEqual({ moderator: { id: 'm-oleg', displayName: 'Модератор Олег' } });
    expect(await verifier.verify(await sign({ ...base, sub: 'm-oleg', support_moderator: true }))).toEqual({
      moderator: { id: 'm-oleg', displayName: 'm-oleg' },
    });
    // Only `true` marks a moderator: a string "true" is a seller's token with a stray claim.
    expect(await verifier.verify(await sign({ ...base, sub: 's-1042', support_moderator: 'true' }))).toEqual({
      sellerId: 's-1042',
    });
    expect(
      await verifier.verify(await sign({ ...base, sub: 'bad id!', support_moderator: true })),
    ).toBeNull();
  });

  it('demo tokens name sellers and moderators apart', async () => {
    const verifier = new DemoTokenVerifier(
      new Map([['demo-token', 's-1042']]),
      new Map([['desk-token', { id: 'm-anna', displayName: 'Модератор Анна' }]]),
    );
    expect(await verifier.verify('demo-token')).toEqual({ sellerId: 's-1042' });
    expect(await verifier.verify('desk-token')).toEqual({
      moderator: { id: 'm-anna', displayName: 'Модератор Анна' },
    });
    expect(await verifier.verify('desk-token-2')).toBeNull();
  });
});

describe('keys from a JWKS', () => {
  it('verifies a token by the key its kid names in the issuer’s JWKS, and refuses an unknown kid', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('the JWKS server has no port');
      const { port } = address;
      const verifier = new JwtVerifier({
        jwksUrl: new URL(`http://127.0.0.1:${port}/.well-known/jwks.json`),
        publicKeyPem: null,
        algorithms: ['RS256'],
        issuer: null,
        audience: null,
        sellerClaim: 'sub',
      });
      const sign = (kid: string) =>
        new SignJWT({ sub: 's-1042' })
          .setProtectedHeader({ alg: 'RS256', kid })
          .setExpirationTime('5m')
          .sign(privateKey);
      expect(await verifier.verify(await sign('key-1'))).toEqual({ sellerId: 's-1042' });
      expect(await verifier.verify(await sign('key-2'))).toBeNull();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
