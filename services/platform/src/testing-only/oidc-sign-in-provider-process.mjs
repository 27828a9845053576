// The child process behind startSignInProvider (oidc-sign-in-provider.ts): panva's oidc-provider
// with people who sign in through its own login and consent pages (the authorization-code flow),
// where libs/auth's test issuer serves machines (client credentials). ESM only, so it runs here in
// plain Node rather than inside Jest's module loader (ADR 21). The parent sends the accounts and
// clients over the IPC channel; the process ends when the parent says so or goes away.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

// Lines the provider prints by design, and nothing to act on here: 9.x names Node 20 (our floor,
// ADR 21) unsupported, its login and consent pages (devInteractions) are meant for development,
// which a test is, and its logout page's look is its own. Anything else it prints stays.
const EXPECTED = ['Unsupported runtime', 'devInteractions is enabled', 'customize the look of the'];
const quiet = (print) => (...args) => {
  if (typeof args[0] === 'string' && EXPECTED.some((line) => args[0].includes(line))) return;
  print(...args);
};
console.warn = quiet(console.warn);
console.info = quiet(console.info);
const { default: Provider, errors } = await import('oidc-provider');

const ALG = 'ES256';
// One key for the life of the process: the platform caches the key set it read at start.
const signingKey = { ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }), kid: randomBytes(8).toString('hex'), alg: ALG, use: 'sig' };
const cookieKey = randomBytes(32).toString('base64url');

/** Sessions, interactions, codes and grants in memory (the provider's own memory adapter warns at every start). */
const stores = new Map();
class MemoryAdapter {
  constructor(name) {
    this.name = name;
    if (!stores.has(name)) stores.set(name, new Map());
    this.items = stores.get(name);
  }
  async upsert(id, payload) {
    this.items.set(id, { ...payload });
  }
  async find(id) {
    return this.items.get(id);
  }
  async findByUid(uid) {
    return [...this.items.values()].find((item) => item.uid === uid);
  }
  async findByUserCode(userCode) {
    return [...this.items.values()].find((item) => item.userCode === userCode);
  }
  async consume(id) {
    const item = this.items.get(id);
    if (item) item.consumed = Math.floor(Date.now() / 1000);
  }
  async destroy(id) {
    this.items.delete(id);
  }
  async revokeByGrantId(grantId) {
    for (const [id, item] of this.items) if (item.grantId === grantId) this.items.delete(id);
  }
}

let handler;
const server = createServer((req, res) => (handler ? handler(req, res) : res.writeHead(503).end()));

/** A resource indicator per audience: each client's tokens are for the API its `audience` names. */
const resourceOf = (audience) => `urn:hpc-access:test-api:${encodeURIComponent(audience)}`;

function mount(issuer, { accounts, clients, ttl }) {
  const byLogin = new Map(accounts.map((account) => [account.login, account]));
  const audienceByResource = new Map(clients.map((client) => [resourceOf(client.audience), client.audience]));
  const provider = new Provider(issuer, {
    clients: clients.map((client) => ({
      client_id: client.clientId,
      // A browser app keeps no secret: a public client, which the provider holds to PKCE.
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris,
      id_token_signed_response_alg: ALG,
    })),
    jwks: { keys: [signingKey] },
    cookies: { keys: [cookieKey] },
    adapter: MemoryAdapter,
    // The token endpoint answers the browser app's origin (its redirect URIs'), and no other.
    clientBasedCORS: (_ctx, origin, client) => client.redirectUris.some((uri) => new URL(uri).origin === origin),
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
    async findAccount(_ctx, id) {
      const account = byLogin.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, name: account.name, preferred_username: id }) };
    },
    ttl: { AccessToken: ttl, IdToken: ttl, AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600 },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: (_ctx, client) => resourceOf(clients.find((c) => c.clientId === client.clientId)?.audience ?? ''),
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          const audience = audienceByResource.get(resource);
          if (!audience) throw new errors.InvalidTarget(`unknown resource indicator ${resource}`);
          return { audience, scope: '', accessTokenFormat: 'jwt', accessTokenTTL: ttl, jwt: { sign: { alg: ALG } } };
        },
      },
    },
    // The platform's claims (roles, organisation, site) go into the access token, which it reads.
    extraTokenClaims: (_ctx, token) => (token.kind === 'AccessToken' && token.accountId ? (byLogin.get(token.accountId)?.tokenClaims ?? {}) : {}),
  });
  handler = provider.callback();
}

let issuer;
process.on('message', (message) => {
  switch (message.type) {
    case 'start':
      server.once('error', (error) => process.send({ type: 'failed', message: error.message }));
      server.listen(0, '127.0.0.1', () => {
        issuer = `http://127.0.0.1:${server.address().port}`;
        mount(issuer, message.settings);
        process.send({ type: 'listening', issuer });
      });
      break;
    case 'configure':
      // Same issuer, keys and cookie key: only who may sign in where changes.
      mount(issuer, message.settings);
      process.send({ type: 'configured' });
      break;
    case 'close':
      handler = undefined;
      server.closeAllConnections();
      server.close(() => process.exit(0));
      break;
  }
});
// The test that started it ended without closing it: nothing is left behind.
process.on('disconnect', () => process.exit(0));
