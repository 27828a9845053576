import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JSONWebKeySet, type JWK, type JWTHeaderParameters, type JWTPayload } from 'jose';
import { freePort } from '@hpc-access/testing';
import { DEFAULT_CLAIM_MAPPING, type ClaimMapping } from '../identity';

/**
 * A real, certified OpenID Connect provider (panva's `oidc-provider`) as an issuer for tests:
 * OAuth 2.0 client credentials grant, JWT access tokens (RFC 9068, `typ: at+jwt`) for a resource
 * server chosen by resource indicator (RFC 8707), discovery and JWKS as any production issuer
 * serves them, and key rotation.
 *
 * Usable from any Jest test or test process (the site agent's end-to-end test for OAuth client
 * credentials, issue 18, uses it too):
 *
 * ```ts
 * const idp = await startTestIssuer({ clients: [{ clientId: 'site-cineca', clientSecret: 's3cret', claims: { roles: ['site'], site: 'cineca' } }] });
 * // AUTH_ISSUER=idp.issuer AUTH_AUDIENCE=idp.audience (default 'hpc-access')
 * const token = await idp.tokenFor('site-cineca');   // sub = the client id
 * await idp.close();
 * ```
 *
 * It listens on 127.0.0.1 on a free port (or `port`), so files can run in parallel; `close()`
 * ends it. The provider runs in a child process of its own (`oidc-provider-process.mjs`): it is
 * ESM only, and Jest's module loader does not load it reliably. One issuer per test file, shared
 * by its tests, keeps suites fast (a start costs a Node.js process, a few hundred milliseconds).
 */
export interface TestIssuerClient {
  clientId: string;
  clientSecret: string;
  /** Put into every access token this client gets, under the platform's claim names (see `claimNames`). */
  claims?: {
    roles?: string[];
    organisationId?: string;
    site?: string;
    /** Any further claims, verbatim. */
    extra?: Record<string, unknown>;
  };
}

export interface TestIssuerOptions {
  clients: TestIssuerClient[];
  /** `aud` of the tokens for the default resource. Default `hpc-access` (AUTH_AUDIENCE's default). */
  audience?: string;
  /** Further resource servers, resource indicator (an absolute URI) to audience, for tokens meant for another API. */
  resourceServers?: Record<string, string>;
  /** Where roles, organisation and site go; dotted paths nest (`realm_access.roles`). Default the platform's defaults. */
  claimNames?: ClaimMapping;
  /** Default 300. */
  accessTokenTtlSeconds?: number;
  /** Default a free one. A test that brings the issuer up late reserves a port first ({@link freePort}). */
  port?: number;
}

export interface TokenRequestOptions {
  /** A resource indicator of `resourceServers`; default {@link DEFAULT_TEST_RESOURCE}. */
  resource?: string;
  /** Default: the client's secret (a wrong one gets `invalid_client`). */
  clientSecret?: string;
}

export interface RunningTestIssuer {
  /** `http://127.0.0.1:<port>`, exactly as the provider writes it into `iss` and its discovery document (no trailing slash). */
  issuer: string;
  audience: string;
  /** `<issuer>/token`. */
  tokenEndpoint: string;
  /** An access token by the client credentials grant; throws with the provider's error otherwise. */
  tokenFor(clientId: string, options?: TokenRequestOptions): Promise<string>;
  /** The raw token endpoint response, for tests of refusals. */
  requestToken(clientId: string, options?: TokenRequestOptions): Promise<Response>;
  /** A new signing key, used from now on; the previous keys stay published until {@link retireOldKeys}. Returns the new `kid`. */
  rotateKeys(): Promise<string>;
  /** Stop publishing every key but the current one: tokens signed before {@link rotateKeys} stop verifying. */
  retireOldKeys(): Promise<void>;
  /** The `kid` signing new tokens. */
  currentKid(): string;
  /** The public key set as the JWKS endpoint serves it. */
  publicJwks(): JSONWebKeySet;
  /**
   * Signs any payload with the issuer's current key, for tokens the provider would never issue
   * (another `typ`, a missing claim). `iss`, `aud`, `iat` and `exp` are filled in unless given.
   */
  sign(payload: JWTPayload, header?: Partial<JWTHeaderParameters>): Promise<string>;
  close(): Promise<void>;
}

/** The resource indicator of the default audience's resource server. */
export const DEFAULT_TEST_RESOURCE = 'urn:hpc-access:api';
// ES256: an RSA key takes a good half second to generate on a CI core, an EC key a few milliseconds.
const SIGNING_ALG = 'ES256';

/** A port free right now on 127.0.0.1, for an issuer that is to come up later at a known address. */
export { freePort };

export async function startTestIssuer(options: TestIssuerOptions): Promise<RunningTestIssuer> {
  const audience = options.audience ?? 'hpc-access';
  const clients = new Map(options.clients.map((client) => [client.clientId, client]));
  const claimNames = { ...DEFAULT_CLAIM_MAPPING, ...options.claimNames };
  const ttl = options.accessTokenTtlSeconds ?? 300;
  let keys: JWK[] = [await newSigningKey()];

  const child = fork(providerProcessScript(), [], {
    // Not Jest's --experimental-vm-modules, nor anything else meant for the test process.
    env: { ...process.env, NODE_OPTIONS: '' },
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const settings = {
    clients: options.clients.map(({ clientId, clientSecret }) => ({ clientId, clientSecret })),
    audiences: { [DEFAULT_TEST_RESOURCE]: audience, ...options.resourceServers },
    defaultResource: DEFAULT_TEST_RESOURCE,
    claimsByClient: Object.fromEntries(options.clients.map((client) => [client.clientId, claimsOf(client, claimNames)])),
    ttl,
    alg: SIGNING_ALG,
    cookieKey: randomBytes(32).toString('base64url'),
  };
  let port: number;
  try {
    child.send({ type: 'start', port: options.port ?? 0, settings, keys });
    ({ port } = await providerReply<{ port: number }>(child, 'listening'));
  } catch (error) {
    child.kill();
    throw error;
  }
  const issuer = `http://127.0.0.1:${port}`;

  const setKeys = async (next: JWK[]) => {
    keys = next;
    child.send({ type: 'keys', keys });
    await providerReply(child, 'keys-set');
  };

  const requestToken = (clientId: string, request: TokenRequestOptions = {}): Promise<Response> => {
    const secret = request.clientSecret ?? clients.get(clientId)?.clientSecret ?? '';
    const body = new URLSearchParams({ grant_type: 'client_credentials', resource: request.resource ?? DEFAULT_TEST_RESOURCE });
    return fetch(`${issuer}/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body,
    });
  };

  return {
    issuer,
    audience,
    tokenEndpoint: `${issuer}/token`,
    requestToken,
    async tokenFor(clientId, request) {
      const response = await requestToken(clientId, request);
      const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
      if (!response.ok || !body.access_token) {
        throw new Error(`test issuer refused a token to ${clientId}: HTTP ${response.status} ${body.error ?? ''} ${body.error_description ?? ''}`.trim());
      }
      return body.access_token;
    },
    async rotateKeys() {
      await setKeys([await newSigningKey(), ...keys]);
      return keys[0]!.kid!;
    },
    retireOldKeys: () => setKeys(keys.slice(0, 1)),
    currentKid: () => keys[0]!.kid!,
    publicJwks: () => ({ keys: keys.map(publicPart) }),
    async sign(payload, header = {}) {
      const now = Math.floor(Date.now() / 1000);
      const key = keys[0]!;
      return new SignJWT({ iss: issuer, aud: audience, iat: now, exp: now + ttl, ...payload })
        .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: 'at+jwt', ...header })
        .sign(await importJWK(key, SIGNING_ALG));
    },
    close: () => closeProviderProcess(child, exited),
  };
}

/**
 * Next message of `type` from a provider process (this issuer's, or another test provider's run
 * the same way); rejects if it reports a failure (`{ type: 'failed', message }`) or dies first.
 */
export function providerReply<T>(child: ChildProcess, type: string, who = 'test issuer'): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (message: { type: string; message?: string }) => {
      if (message.type !== type && message.type !== 'failed') return;
      cleanup();
      if (message.type === 'failed') reject(new Error(`${who} could not start: ${message.message}`));
      else resolve(message as T);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`${who} process exited (${code}) before "${type}"`));
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Asks a provider process to close (`{ type: 'close' }`), or kills one that lost its channel; waits for its exit. */
export async function closeProviderProcess(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    if (child.connected) child.send({ type: 'close' });
    else child.kill();
  }
  await exited;
}

/**
 * Beside this file in the sources; from a compiled tree (dist-test/, which copies no .mjs) the
 * sources' copy, found the same way up from the repository root.
 */
function providerProcessScript(): string {
  const name = 'oidc-provider-process.mjs';
  const beside = join(__dirname, name);
  if (existsSync(beside)) return beside;
  const inSources = resolve(__dirname.replace(/[\\/]dist[^\\/]*([\\/]libs[\\/])/, '$1'), name);
  if (existsSync(inSources)) return inSources;
  throw new Error(`${name} not found beside ${__dirname} nor at ${inSources}`);
}

async function newSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: randomBytes(8).toString('hex'), alg: SIGNING_ALG, use: 'sig' };
}

function publicPart({ kty, crv, x, y, kid, alg, use }: JWK): JWK {
  return { kty, crv, x, y, kid, alg, use };
}

function claimsOf(client: TestIssuerClient | undefined, names: Required<ClaimMapping>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const claims = client?.claims;
  if (!claims) return result;
  if (claims.roles) put(result, names.rolesClaim, claims.roles);
  if (claims.organisationId !== undefined) put(result, names.organisationClaim, claims.organisationId);
  if (claims.site !== undefined) put(result, names.siteClaim, claims.site);
  return { ...result, ...claims.extra };
}

/** `realm_access.roles` becomes `{ realm_access: { roles } }`, as Keycloak shapes it. */
function put(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.');
  let node = target;
  for (const segment of segments.slice(0, -1)) {
    node = (node[segment] ??= {}) as Record<string, unknown>;
  }
  node[segments[segments.length - 1]!] = value;
}
