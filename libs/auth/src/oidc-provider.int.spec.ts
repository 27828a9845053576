import { Controller, Get, ServiceUnavailableException, type INestApplication, type LoggerService } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import request from 'supertest';
import { CurrentIdentity, Public, Roles } from './auth.decorators';
import { authOptionsFromEnv, type AuthModuleOptions } from './auth-options';
import { AuthModule } from './auth.module';
import type { Identity } from './identity';
import { IssuerReadiness } from './issuer-readiness';
import { freePort, startTestIssuer, type RunningTestIssuer } from './testing-only/oidc-test-issuer';

// The platform as a resource server of a real, certified OpenID Connect provider: what issue 13
// found wrong with it (typ, trailing slash, an issuer away at start) and what already worked.

@Controller('probe')
class ProbeController {
  constructor(private readonly issuer: IssuerReadiness) {}

  @Get('me')
  me(@CurrentIdentity() identity: Identity): Identity {
    return identity;
  }

  @Roles('applicant')
  @Get('applicant-only')
  applicantOnly(): { ok: true } {
    return { ok: true };
  }

  // What libs/http's readiness route reports as its `identity-provider` check.
  @Public()
  @Get('ready')
  async ready(): Promise<{ ready: true }> {
    await this.issuer.check().catch((error: Error) => {
      throw new ServiceUnavailableException(`not ready: ${error.message}`);
    });
    return { ready: true };
  }
}

/** Collects what the application logs, to see each attempt reported. */
class LogCapture implements LoggerService {
  readonly lines: string[] = [];
  log(message: unknown): void {
    this.lines.push(`log ${String(message)}`);
  }
  warn(message: unknown): void {
    this.lines.push(`warn ${String(message)}`);
  }
  error(message: unknown): void {
    this.lines.push(`error ${String(message)}`);
  }
}

async function appFor(options: AuthModuleOptions, logger: LoggerService | false = false): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AuthModule.forRoot(options)], controllers: [ProbeController] }).compile();
  const app = moduleRef.createNestApplication({ logger });
  await app.init();
  return app;
}

describe('AuthModule against oidc-provider as the issuer', () => {
  let idp: RunningTestIssuer;
  let app: INestApplication;
  const get = (path: string, token?: string) => {
    const call = request(app.getHttpServer()).get(path);
    return token === undefined ? call : call.set('Authorization', `Bearer ${token}`);
  };

  beforeAll(async () => {
    idp = await startTestIssuer({
      clients: [
        { clientId: 'site-cineca', clientSecret: 'cineca-secret', claims: { roles: ['site'], organisationId: 'org-cineca', site: 'cineca' } },
        { clientId: 'applicant-app', clientSecret: 'app-secret', claims: { roles: ['applicant', 'offline_access'], organisationId: 'org-7' } },
        { clientId: 'keycloak-shaped', clientSecret: 'kc-secret', claims: { extra: { realm_access: { roles: ['auditor'] }, organisation: 'org-9' } } },
      ],
      resourceServers: { 'https://billing.example/api': 'billing' },
    });
    // No cool-down between key-set fetches, so the rotation below is seen at once.
    app = await appFor({ mode: 'oidc', issuer: idp.issuer, audience: idp.audience, jwksCooldownMs: 0 });
  });

  afterAll(async () => {
    await app?.close();
    await idp?.close();
  });

  it('is ready once discovery and the keys were fetched at start', async () => {
    expect(app.get(IssuerReadiness).ready).toBe(true);
    await get('/probe/ready').expect(200, { ready: true });
  });

  it('accepts a client credentials token with its roles, organisation and site', async () => {
    const response = await get('/probe/me', await idp.tokenFor('site-cineca')).expect(200);
    expect(response.body).toEqual({ userId: 'site-cineca', roles: ['site'], organisationId: 'org-cineca', siteId: 'cineca' });
  });

  it('maps roles and organisation from where AUTH_ROLES_CLAIM and AUTH_ORGANISATION_CLAIM say', async () => {
    const keycloakApp = await appFor(
      authOptionsFromEnv({ AUTH_ISSUER: idp.issuer, AUTH_AUDIENCE: 'hpc-access', AUTH_ROLES_CLAIM: 'realm_access.roles', AUTH_ORGANISATION_CLAIM: 'organisation' }),
    );
    try {
      const response = await request(keycloakApp.getHttpServer())
        .get('/probe/me')
        .set('Authorization', `Bearer ${await idp.tokenFor('keycloak-shaped')}`)
        .expect(200);
      expect(response.body).toEqual({ userId: 'keycloak-shaped', roles: ['auditor'], organisationId: 'org-9' });
    } finally {
      await keycloakApp.close();
    }
  });

  it('lets a holder of the route role through and refuses a caller without it', async () => {
    await get('/probe/applicant-only', await idp.tokenFor('applicant-app')).expect(200, { ok: true });
    const refused = await get('/probe/applicant-only', await idp.tokenFor('site-cineca')).expect(403);
    expect(refused.body.message).toMatch(/needs one of the roles applicant; your token carries site/);
  });

  it('refuses a token the issuer made for another resource server', async () => {
    const response = await get('/probe/me', await idp.tokenFor('site-cineca', { resource: 'https://billing.example/api' })).expect(401);
    expect(response.headers['www-authenticate']).toMatch(/error="invalid_token", error_description="token audience 'billing' does not include 'hpc-access'"/);
  });

  it('refuses a JWT signed by the issuer whose typ is not at+jwt (RFC 9068 section 4)', async () => {
    const claims = { sub: 'site-cineca', roles: ['site'] };
    for (const typ of ['JWT', 'application/jwt']) {
      const response = await get('/probe/me', await idp.sign(claims, { typ })).expect(401);
      expect(response.body.message).toBe(`invalid bearer token: token header "typ" is "${typ}", not "at+jwt": not an OAuth access token (RFC 9068 section 4)`);
    }
    const untyped = await idp.sign(claims);
    const withoutTyp = `${Buffer.from(JSON.stringify({ alg: 'ES256', kid: idp.currentKid() })).toString('base64url')}.${untyped.split('.').slice(1).join('.')}`;
    expect((await get('/probe/me', withoutTyp).expect(401)).body.message).toMatch(/"typ" is missing, not "at\+jwt"/);
    // The media type form and another case are the same type.
    await get('/probe/me', await idp.sign(claims, { typ: 'application/AT+JWT' })).expect(200);
  });

  it('accepts such tokens where AUTH_REQUIRE_AT_JWT=false, for issuers that do not set typ', async () => {
    const lenient = await appFor(authOptionsFromEnv({ AUTH_ISSUER: idp.issuer, AUTH_AUDIENCE: 'hpc-access', AUTH_REQUIRE_AT_JWT: 'false' }));
    try {
      await request(lenient.getHttpServer())
        .get('/probe/me')
        .set('Authorization', `Bearer ${await idp.sign({ sub: 'legacy', roles: ['auditor'] }, { typ: 'JWT' })}`)
        .expect(200);
    } finally {
      await lenient.close();
    }
  });

  it('follows a key rotation: fetches the new kid, and old tokens stay valid while their key is published', async () => {
    const before = await idp.tokenFor('site-cineca');
    await get('/probe/me', before).expect(200);
    const newKid = await idp.rotateKeys();
    const after = await idp.tokenFor('site-cineca');
    expect(decodeProtectedHeader(after).kid).toBe(newKid);
    expect(decodeProtectedHeader(before).kid).not.toBe(newKid);
    await get('/probe/me', after).expect(200);
    await get('/probe/me', before).expect(200);
  });

  it('stops start-up naming both values when AUTH_ISSUER differs from the issuer by a trailing slash', async () => {
    const started = appFor(authOptionsFromEnv({ AUTH_ISSUER: `${idp.issuer}/`, AUTH_AUDIENCE: 'hpc-access' }));
    const escaped = idp.issuer.replace(/[.]/g, '\\.');
    await expect(started).rejects.toThrow(
      new RegExp(
        `^AUTH_ISSUER is "${escaped}/" but the issuer's discovery document \\(${escaped}/\\.well-known/openid-configuration\\) names "${escaped}", ` +
          `which its tokens carry in "iss"; OpenID Connect Discovery 1\\.0 section 4\\.3 requires the two to be identical: ` +
          `they differ only by a trailing slash; set AUTH_ISSUER to "${escaped}"$`,
      ),
    );
  });
});

describe('AuthModule while the issuer is out of reach', () => {
  let port: number;
  let app: INestApplication;
  let late: RunningTestIssuer | undefined;
  const logs = new LogCapture();

  beforeAll(async () => {
    port = await freePort();
    // Starting does not wait for the issuer: the process is live, only not ready.
    app = await appFor({ mode: 'oidc', issuer: `http://127.0.0.1:${port}`, audience: 'hpc-access', issuerRetry: { initialDelayMs: 50, maxDelayMs: 200 } }, logs);
  });

  afterAll(async () => {
    await app.close();
    await late?.close();
  });

  it('is not ready, answers a malformed token 401 and a well-formed one 503, then is ready when the issuer comes up', async () => {
    const readiness = app.get(IssuerReadiness);
    const notReady = await request(app.getHttpServer()).get('/probe/ready').expect(503);
    expect(readiness.ready).toBe(false);
    expect(notReady.body.message).toMatch(
      new RegExp(`^not ready: identity provider http://127\\.0\\.0\\.1:${port} not reachable \\(attempt \\d+\\): OIDC discovery at http://127\\.0\\.0\\.1:${port}/\\.well-known/openid-configuration failed`),
    );

    // No network is needed to know these are not access tokens.
    const malformed = await request(app.getHttpServer()).get('/probe/me').set('Authorization', 'Bearer not.a.jwt').expect(401);
    expect(malformed.headers['www-authenticate']).toMatch(/error="invalid_token"/);
    const { privateKey } = await generateKeyPair('ES256');
    const signed = (typ: string) =>
      new SignJWT({ roles: ['site'] })
        .setProtectedHeader({ alg: 'ES256', kid: 'some-key', typ })
        .setIssuer(`http://127.0.0.1:${port}`)
        .setAudience('hpc-access')
        .setSubject('someone')
        .setExpirationTime('5m')
        .sign(privateKey);
    const idToken = await signed('JWT');
    const wellFormed = await signed('at+jwt');
    await request(app.getHttpServer()).get('/probe/me').set('Authorization', `Bearer ${idToken}`).expect(401);
    // A token that needs the keys cannot be judged: our outage, not the caller's fault.
    await request(app.getHttpServer()).get('/probe/me').set('Authorization', `Bearer ${wellFormed}`).expect(503);

    late = await startTestIssuer({ port, clients: [{ clientId: 'site-cineca', clientSecret: 's', claims: { roles: ['site'] } }] });
    await readiness.whenReady();
    await request(app.getHttpServer()).get('/probe/ready').expect(200, { ready: true });
    await request(app.getHttpServer()).get('/probe/me').set('Authorization', `Bearer ${await late.tokenFor('site-cineca')}`).expect(200);

    // Each attempt was logged, then the recovery.
    const attempts = logs.lines.filter((line) => line.startsWith('warn identity provider') && /next attempt in \d+ ms/.test(line));
    expect(attempts.length).toBeGreaterThanOrEqual(1);
    expect(attempts[0]).toMatch(/\(attempt 1\)/);
    expect(logs.lines).toContainEqual(expect.stringMatching(/^log identity provider .* reachable after \d+ attempts: ready$/));
  });
});
