import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JSONWebKeySet, type JWK, type JWTHeaderParameters, type JWTPayload } from 'jose';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
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
 * ends every connection. One issuer per test file, shared by its tests, keeps suites fast.
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

type ProviderModule = typeof import('oidc-provider');
// oidc-provider is ESM only and this build is CommonJS, where TypeScript turns import() into
// require(). Jest's module loader cannot require() ESM; a real import() works both under Jest
// (NODE_OPTIONS=--experimental-vm-modules, as the test scripts set) and in plain Node.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<ProviderModule>;

let providerModule: Promise<ProviderModule> | undefined;

function loadProvider(): Promise<ProviderModule> {
  providerModule ??= withoutRuntimeWarning(() => importEsm('oidc-provider'));
  return providerModule;
}

/** oidc-provider 9 warns at import on Node 20 (it supports 22+ LTS); our floor is 20 and its tests pass there (ADR 17). */
async function withoutRuntimeWarning<T>(load: () => Promise<T>): Promise<T> {
  // eslint-disable-next-line no-console -- silencing one known line of a dependency, restored below
  const warn = console.warn;
  // eslint-disable-next-line no-console
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('oidc-provider WARNING: Unsupported runtime')) return;
    warn(...args);
  };
  try {
    return await load();
  } finally {
    // eslint-disable-next-line no-console
    console.warn = warn;
  }
}

/** A port free right now on 127.0.0.1, for an issuer that is to come up later at a known address. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startTestIssuer(options: TestIssuerOptions): Promise<RunningTestIssuer> {
  const { default: Provider, errors } = await loadProvider();
  const audience = options.audience ?? 'hpc-access';
  const audiences: Record<string, string> = { [DEFAULT_TEST_RESOURCE]: audience, ...options.resourceServers };
  const clients = new Map(options.clients.map((client) => [client.clientId, client]));
  const claimNames = { ...DEFAULT_CLAIM_MAPPING, ...options.claimNames };
  const ttl = options.accessTokenTtlSeconds ?? 300;
  const cookieKeys = [randomBytes(32).toString('base64url')];
  let keys: JWK[] = [await newSigningKey()];

  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => {
    if (handler) return handler(req, res);
    res.writeHead(503).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const configuration = (): Configuration => ({
    clients: options.clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: SIGNING_ALG,
    })),
    // Newest first: the provider signs with the first key that fits the algorithm.
    jwks: { keys: keys.map((key) => ({ ...key })) } as Configuration['jwks'],
    cookies: { keys: cookieKeys },
    // JWT access tokens are self-contained: nothing of a client credentials grant is looked up again.
    adapter: StatelessAdapter,
    ttl: { ClientCredentials: ttl },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => DEFAULT_TEST_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: KoaContextWithOIDC, resource: string) => {
          const aud = audiences[resource];
          if (!aud) throw new errors.InvalidTarget(`unknown resource indicator ${resource}`);
          return { audience: aud, scope: '', accessTokenFormat: 'jwt', accessTokenTTL: ttl, jwt: { sign: { alg: SIGNING_ALG } } };
        },
      },
    },
    extraTokenClaims: (_ctx: KoaContextWithOIDC, token: { clientId?: string }) => claimsOf(clients.get(token.clientId ?? ''), claimNames),
  });

  const mount = () => {
    const provider = new Provider(issuer, configuration());
    handler = provider.callback() as (req: IncomingMessage, res: ServerResponse) => void;
  };
  mount();

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
      keys = [await newSigningKey(), ...keys];
      mount();
      return keys[0]!.kid!;
    },
    async retireOldKeys() {
      keys = keys.slice(0, 1);
      mount();
    },
    currentKid: () => keys[0]!.kid!,
    publicJwks: () => ({ keys: keys.map(publicPart) }),
    async sign(payload, header = {}) {
      const now = Math.floor(Date.now() / 1000);
      const key = keys[0]!;
      return new SignJWT({ iss: issuer, aud: audience, iat: now, exp: now + ttl, ...payload })
        .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: 'at+jwt', ...header })
        .sign(await importJWK(key, SIGNING_ALG));
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        handler = undefined;
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Keeps nothing (the default in-memory adapter warns at every start). */
class StatelessAdapter {
  async upsert(): Promise<void> {}
  async find(): Promise<undefined> {
    return undefined;
  }
  async findByUserCode(): Promise<undefined> {
    return undefined;
  }
  async findByUid(): Promise<undefined> {
    return undefined;
  }
  async consume(): Promise<void> {}
  async destroy(): Promise<void> {}
  async revokeByGrantId(): Promise<void> {}
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
