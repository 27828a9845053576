import { type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AuthModule, IssuerReadiness } from '@hpc-access/auth';
import { freePort, startTestIssuer, type RunningTestIssuer } from '@hpc-access/auth/testing-only';
import request from 'supertest';
import { ObservabilityModule } from './observability.module';

// The readiness route counts AuthModule's issuer check: a process whose issuer is out of reach is
// live, not ready, and says why (ADR 4).
describe('/health/ready and the identity provider', () => {
  let app: INestApplication;
  let issuer: RunningTestIssuer | undefined;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    const moduleRef = await Test.createTestingModule({
      imports: [
        ObservabilityModule,
        AuthModule.forRoot({ mode: 'oidc', issuer: `http://127.0.0.1:${port}`, audience: 'hpc-access', issuerRetry: { initialDelayMs: 3_600_000 } }),
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });

  afterAll(async () => {
    await app.close();
    await issuer?.close();
  });

  it('is live but not ready while the issuer is away, and ready as soon as it answers', async () => {
    await request(app.getHttpServer()).get('/health/live').expect(200);
    const notReady = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(notReady.body.message).toMatch(
      new RegExp(`"identity-provider":"identity provider http://127\\.0\\.0\\.1:${port} not reachable \\(attempt 1\\): OIDC discovery at .* failed`),
    );
    expect(app.get(IssuerReadiness).ready).toBe(false);

    // The backoff is an hour: the probe itself finds the issuer back.
    issuer = await startTestIssuer({ port, clients: [] });
    const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(ready.body.checks).toMatchObject({ 'identity-provider': 'up' });
  });
});
