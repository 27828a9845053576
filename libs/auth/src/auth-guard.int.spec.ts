import { Controller, Get, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { RoleActor } from './actor';
import { CurrentActor, CurrentIdentity, Public, Roles } from './auth.decorators';
import { AuthModule } from './auth.module';
import type { Identity } from './identity';
import { JwtVerifier } from './jwt-verifier';
import { serveJson } from './testing-only/json-server';
import { createTestIssuer, type TestIssuer } from './testing-only/test-issuer';

@Controller('probe')
class ProbeController {
  @Public()
  @Get('public')
  open(): { open: true } {
    return { open: true };
  }

  @Get('me')
  me(@CurrentIdentity() identity: Identity): Identity {
    return identity;
  }

  @Roles('ethics-chair', 'ethics-reviewer')
  @Post('decisions')
  decide(@CurrentActor() actor: RoleActor): RoleActor {
    return actor;
  }

  @Get('actor')
  actor(@CurrentActor() actor: RoleActor): RoleActor {
    return actor;
  }
}

@Roles('auditor')
@Controller('audit')
class AuditController {
  @Get('history')
  history(): { events: [] } {
    return { events: [] };
  }

  @Roles('administrator')
  @Get('settings')
  settings(): { settings: [] } {
    return { settings: [] };
  }
}

async function appTrusting(verifier: JwtVerifier, issuer: string): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [AuthModule.forRoot({ mode: 'oidc', issuer, audience: 'hpc-access' })],
    controllers: [ProbeController, AuditController],
  })
    .overrideProvider(JwtVerifier)
    .useValue(verifier)
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

describe('AuthModule guard over HTTP', () => {
  let issuer: TestIssuer;
  let app: INestApplication;
  const bearer = async (claims: Record<string, unknown>) => `Bearer ${await issuer.sign(claims)}`;

  beforeAll(async () => {
    issuer = await createTestIssuer();
    app = await appTrusting(new JwtVerifier({ issuer: issuer.issuer, audience: issuer.audience, jwks: issuer.jwks }), issuer.issuer);
  });

  afterAll(() => app.close());

  it('answers 401 with a Bearer challenge when there is no token', async () => {
    const response = await request(app.getHttpServer()).get('/probe/me').expect(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="hpc-access"');
    expect(response.body.message).toMatch(/missing bearer token/);
  });

  it('answers 401 to another authentication scheme', async () => {
    await request(app.getHttpServer()).get('/probe/me').set('Authorization', 'Basic dXNlcjpwYXNz').expect(401);
  });

  it('answers 401 with invalid_token to a garbage token', async () => {
    const response = await request(app.getHttpServer()).get('/probe/me').set('Authorization', 'Bearer not.a.jwt').expect(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer realm="hpc-access", error="invalid_token", error_description="token is not a well-formed/);
    expect(response.body.message).toMatch(/invalid bearer token: token is not a well-formed signed JWT/);
  });

  it('says in the challenge that an expired token expired', async () => {
    const token = await issuer.sign({ roles: ['auditor'] }, { expiresIn: -600 });
    const response = await request(app.getHttpServer()).get('/audit/history').set('Authorization', `Bearer ${token}`).expect(401);
    expect(response.headers['www-authenticate']).toMatch(/error_description="token expired at /);
  });

  it('lets anyone reach a @Public() route', async () => {
    await request(app.getHttpServer()).get('/probe/public').expect(200, { open: true });
  });

  it('gives the handler the identity mapped from the token', async () => {
    const response = await request(app.getHttpServer())
      .get('/probe/me')
      .set('Authorization', await bearer({ roles: ['applicant', 'unknown-role'], org: 'org-3', name: 'Ada' }))
      .expect(200);
    expect(response.body).toEqual({ userId: 'user-1', roles: ['applicant'], organisationId: 'org-3', name: 'Ada' });
  });

  it('answers 403 naming the allowed roles when the user holds none of them', async () => {
    const response = await request(app.getHttpServer())
      .post('/probe/decisions')
      .set('Authorization', await bearer({ roles: ['applicant'] }))
      .expect(403);
    expect(response.body.message).toBe('this action needs one of the roles ethics-chair, ethics-reviewer; your token carries applicant');
  });

  it('lets a holder of an allowed role through, acting in the first allowed role they hold', async () => {
    const response = await request(app.getHttpServer())
      .post('/probe/decisions')
      .set('Authorization', await bearer({ roles: ['ethics-reviewer', 'ethics-chair'] }))
      .expect(201);
    expect(response.body).toEqual({ id: 'user-1', role: 'ethics-chair' });
  });

  it('applies controller roles, and method roles in their place', async () => {
    const auditor = await bearer({ roles: ['auditor'] });
    await request(app.getHttpServer()).get('/audit/history').set('Authorization', auditor).expect(200, { events: [] });
    const refused = await request(app.getHttpServer()).get('/audit/settings').set('Authorization', auditor).expect(403);
    expect(refused.body.message).toMatch(/needs one of the roles administrator; your token carries auditor/);
    await request(app.getHttpServer()).get('/audit/settings').set('Authorization', await bearer({ roles: ['administrator'] })).expect(200);
  });

  it('authenticates a user without any known role but refuses to record them as an actor', async () => {
    const noRoles = await bearer({ roles: ['offline_access'] });
    await request(app.getHttpServer()).get('/probe/me').set('Authorization', noRoles).expect(200);
    const response = await request(app.getHttpServer()).get('/probe/actor').set('Authorization', noRoles).expect(403);
    expect(response.body.message).toMatch(/your token carries none/);
  });

  it('answers 503, not 401, when the issuer keys cannot be fetched', async () => {
    const down = await serveJson(() => ({}));
    await down.close();
    const stranded = await appTrusting(new JwtVerifier({ issuer: down.url, audience: 'hpc-access', httpTimeoutMs: 1000 }), down.url);
    try {
      const token = await issuer.sign({ roles: ['auditor'] }, { issuer: down.url });
      const response = await request(stranded.getHttpServer()).get('/audit/history').set('Authorization', `Bearer ${token}`).expect(503);
      expect(response.headers['www-authenticate']).toBeUndefined();
    } finally {
      await stranded.close();
    }
  });
});
