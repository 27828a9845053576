import { Controller, Get, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { CurrentIdentity, Roles } from './auth.decorators';
import { AuthModule } from './auth.module';
import type { AuthModuleOptions } from './auth-options';
import { DevIdentityProvider } from './dev-identity-provider';
import type { Identity } from './identity';
import { JwtVerifier } from './jwt-verifier';
import { freePort } from '@hpc-access/testing';

@Controller('probe')
class ProbeController {
  @Get('me')
  me(@CurrentIdentity() identity: Identity): Identity {
    return identity;
  }

  @Roles('intake-officer')
  @Get('screening')
  screening(): { queue: [] } {
    return { queue: [] };
  }
}

async function appWith(options: AuthModuleOptions): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AuthModule.forRoot(options)], controllers: [ProbeController] }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

describe('development identity provider in embedded mode', () => {
  let dataDir: string;
  let baseUrl: string;
  let port: number;
  let app: INestApplication;
  const embedded = (): AuthModuleOptions => ({ mode: 'embedded', publicBaseUrl: baseUrl, dataDir });
  const tokenFor = async (body: object): Promise<string> =>
    (await request(app.getHttpServer()).post('/api/dev/token').send(body).expect(200)).body.access_token;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hpc-auth-'));
    port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    app = await appWith(embedded());
    await app.listen(port, '127.0.0.1');
  });

  afterAll(async () => {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('publishes an OIDC discovery document whose issuer is <public base url>/api/dev', async () => {
    const { body } = await request(app.getHttpServer()).get('/api/dev/.well-known/openid-configuration').expect(200);
    expect(body).toMatchObject({ issuer: `${baseUrl}/api/dev`, jwks_uri: `${baseUrl}/api/dev/jwks.json`, token_endpoint: `${baseUrl}/api/dev/token` });
  });

  it('publishes the public key only', async () => {
    const { body } = await request(app.getHttpServer()).get('/api/dev/jwks.json').expect(200);
    expect(body.keys).toHaveLength(1);
    expect(body.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(body.keys[0]).not.toHaveProperty('d');
  });

  it('issues a bearer token for a role, uncached, that the guard accepts as the demo user of that role', async () => {
    const response = await request(app.getHttpServer()).post('/api/dev/token').send({ role: 'applicant' }).expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600 });
    const me = await request(app.getHttpServer()).get('/probe/me').set('Authorization', `Bearer ${response.body.access_token}`).expect(200);
    expect(me.body).toEqual({ userId: 'demo-applicant', roles: ['applicant'], organisationId: 'org-demo', name: 'Demo applicant' });
  });

  it('issues tokens for a given user and organisation, which pass role checks', async () => {
    const token = await tokenFor({ role: 'intake-officer', userId: 'officer-2', organisationId: 'eurohpc-ju' });
    await request(app.getHttpServer()).get('/probe/screening').set('Authorization', `Bearer ${token}`).expect(200, { queue: [] });
    const me = await request(app.getHttpServer()).get('/probe/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toEqual({ userId: 'officer-2', roles: ['intake-officer'], organisationId: 'eurohpc-ju', name: 'officer-2' });
  });

  it('gives staff roles no organisation unless asked, and refuses them routes of other roles', async () => {
    const token = await tokenFor({ role: 'auditor' });
    const me = await request(app.getHttpServer()).get('/probe/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toEqual({ userId: 'demo-auditor', roles: ['auditor'], name: 'Demo auditor' });
    await request(app.getHttpServer()).get('/probe/screening').set('Authorization', `Bearer ${token}`).expect(403);
  });

  it.each([
    ['an unknown role', { role: 'superuser' }, /role must be one of the following values: applicant, /],
    ['no role', {}, /role must be one of/],
    ['an unexpected property', { role: 'applicant', admin: true }, /property admin should not exist/],
    ['a user id that is not header-safe', { role: 'applicant', userId: 'ada\r\nx-hpc-roles: administrator' }, /userId must be 1 to 128/],
  ])('answers 400 to %s', async (_, body, message) => {
    const response = await request(app.getHttpServer()).post('/api/dev/token').send(body).expect(400);
    expect(JSON.stringify(response.body.message)).toMatch(message);
  });

  it('can be trusted by a verifier that knows only the issuer, through OIDC discovery', async () => {
    const verifier = new JwtVerifier({ issuer: `${baseUrl}/api/dev`, audience: 'hpc-access' });
    await expect(verifier.verify(await tokenFor({ role: 'site' }))).resolves.toMatchObject({ sub: 'demo-site', roles: ['site'] });
  });

  it('keeps accepting its tokens after a restart on the same data directory', async () => {
    const token = await tokenFor({ role: 'auditor' });
    const restarted = await appWith(embedded());
    try {
      await request(restarted.getHttpServer()).get('/probe/me').set('Authorization', `Bearer ${token}`).expect(200);
    } finally {
      await restarted.close();
    }
  });
});

describe('development identity provider in an app without a body parser (the gateway)', () => {
  let dataDir: string;
  let app: INestApplication;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hpc-auth-raw-'));
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot({ mode: 'embedded', publicBaseUrl: 'http://gateway.test', dataDir })],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false, bodyParser: false });
    await app.init();
  });

  afterAll(async () => {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reads the JSON body itself', async () => {
    const { body } = await request(app.getHttpServer()).post('/api/dev/token').send({ role: 'ethics-chair' }).expect(200);
    expect(body.token_type).toBe('Bearer');
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await request(app.getHttpServer()).post('/api/dev/token').set('Content-Type', 'application/json').send('{"role":').expect(400);
    expect(response.body.message).toMatch(/not valid JSON/);
  });

  it('answers 413 to an oversized body', async () => {
    await request(app.getHttpServer()).post('/api/dev/token').send({ role: 'applicant', userId: 'x'.repeat(5000) }).expect(413);
  });
});

describe('development identity provider outside embedded mode', () => {
  it('does not exist: its routes are 404', async () => {
    const app = await appWith({ mode: 'oidc', issuer: 'https://id.example/realms/hpc', audience: 'hpc-access' });
    try {
      await request(app.getHttpServer()).post('/api/dev/token').send({ role: 'administrator' }).expect(404);
      await request(app.getHttpServer()).get('/api/dev/jwks.json').expect(404);
      await request(app.getHttpServer()).get('/api/dev/.well-known/openid-configuration').expect(404);
    } finally {
      await app.close();
    }
  });
});

describe('DevIdentityProvider signing key', () => {
  let dataDir: string;
  const open = () => DevIdentityProvider.open({ dataDir, issuer: 'http://localhost:3000/api/dev', audience: 'hpc-access' });
  const keyFile = () => join(dataDir, 'dev-identity', 'signing-key.jwk.json');

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hpc-auth-key-'));
  });

  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('is persisted: a second provider on the same directory verifies the first one\'s tokens', async () => {
    const first = await open();
    const second = await open();
    expect(second.publicJwks()).toEqual(first.publicJwks());
    const verifier = new JwtVerifier({ issuer: second.issuer, audience: second.audience, jwks: second.publicJwks() });
    const { access_token: token } = await first.issueToken({ role: 'governance-officer' });
    await expect(verifier.verify(token)).resolves.toMatchObject({ sub: 'demo-governance-officer', roles: ['governance-officer'] });
  });

  it('is readable by its owner only', async () => {
    await open();
    expect((await stat(keyFile())).mode & 0o077).toBe(0);
  });

  it('is the same for providers starting together on a fresh directory', async () => {
    const providers = await Promise.all(Array.from({ length: 5 }, open));
    const kids = new Set(providers.map((provider) => provider.publicJwks().keys[0]?.kid));
    expect(kids.size).toBe(1);
  });

  it('differs between data directories', async () => {
    const here = await open();
    const elsewhere = await mkdtemp(join(tmpdir(), 'hpc-auth-key-'));
    try {
      const there = await DevIdentityProvider.open({ dataDir: elsewhere, issuer: here.issuer, audience: here.audience });
      expect(there.publicJwks().keys[0]?.kid).not.toBe(here.publicJwks().keys[0]?.kid);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it('is never replaced silently when the file is damaged', async () => {
    await open();
    await writeFile(keyFile(), '{"kty":"oct"}');
    await expect(open()).rejects.toThrow(/is not an ES256 private JWK; delete it/);
    expect(await readFile(keyFile(), 'utf8')).toBe('{"kty":"oct"}');
  });
});
