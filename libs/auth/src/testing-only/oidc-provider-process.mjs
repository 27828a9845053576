// The child process behind startTestIssuer (oidc-test-issuer.ts): oidc-provider, which is ESM
// only, runs here in plain Node rather than inside Jest's module loader (whose dynamic import of
// it fails intermittently on Node 24). The parent sends its configuration and key changes over
// the IPC channel; the process ends when the parent says so or goes away.
import { createServer } from 'node:http';

// oidc-provider 9 supports Node's LTS lines from 22 and says so at import on 20, our floor
// (ADR 21): that one line is dropped, anything else it prints stays.
const warn = console.warn;
console.warn = (...args) => {
  if (typeof args[0] === 'string' && args[0].includes('oidc-provider WARNING: Unsupported runtime')) return;
  warn(...args);
};
const { default: Provider, errors } = await import('oidc-provider');
console.warn = warn;

/** Keeps nothing: JWT access tokens are self-contained (and the default adapter warns at each start). */
class StatelessAdapter {
  async upsert() {}
  async find() {}
  async findByUserCode() {}
  async findByUid() {}
  async consume() {}
  async destroy() {}
  async revokeByGrantId() {}
}

let handler;
let settings;
const server = createServer((req, res) => (handler ? handler(req, res) : res.writeHead(503).end()));

function mount(keys) {
  const { issuer, clients, audiences, claimsByClient, ttl, alg, cookieKey } = settings;
  const provider = new Provider(issuer, {
    clients: clients.map(({ clientId, clientSecret }) => ({
      client_id: clientId,
      client_secret: clientSecret,
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: alg,
    })),
    // Newest first: the provider signs with the first key that fits the algorithm.
    jwks: { keys },
    cookies: { keys: [cookieKey] },
    adapter: StatelessAdapter,
    ttl: { ClientCredentials: ttl },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => settings.defaultResource,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          const audience = audiences[resource];
          if (!audience) throw new errors.InvalidTarget(`unknown resource indicator ${resource}`);
          return { audience, scope: '', accessTokenFormat: 'jwt', accessTokenTTL: ttl, jwt: { sign: { alg } } };
        },
      },
    },
    extraTokenClaims: (_ctx, token) => claimsByClient[token.clientId] ?? {},
  });
  handler = provider.callback();
}

process.on('message', (message) => {
  switch (message.type) {
    case 'start':
      settings = message.settings;
      server.once('error', (error) => process.send({ type: 'failed', message: error.message }));
      server.listen(message.port, '127.0.0.1', () => {
        const { port } = server.address();
        settings.issuer = `http://127.0.0.1:${port}`;
        mount(message.keys);
        process.send({ type: 'listening', port });
      });
      break;
    case 'keys':
      mount(message.keys);
      process.send({ type: 'keys-set' });
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
