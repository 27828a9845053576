import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request, { type Response } from 'supertest';
import { createGatewayApp } from './create-gateway-app';
import { parseGatewayRoutes } from './gateway-routes';
import { startEchoService, type EchoService } from './testing-only/echo-service';

function expectSecurityHeaders(response: Response): void {
  expect(response.headers['x-powered-by']).toBeUndefined();
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['cache-control']).toBe('no-store');
}

// The gateway as `main.ts` builds it: its own answers and the forwarded ones carry the headers,
// and the limits hold at the edge (ADR 14).
describe('gateway: security headers and rate limits', () => {
  let intake: EchoService;
  let dataDir: string;
  let gateway: NestExpressApplication;
  const http = () => request(gateway.getHttpServer());

  beforeAll(async () => {
    intake = await startEchoService();
    dataDir = await mkdtemp(join(tmpdir(), 'hpc-gateway-security-'));
    gateway = await createGatewayApp({
      auth: {
        mode: 'embedded',
        publicBaseUrl: 'http://gateway.test',
        dataDir,
        rateLimits: { failedAuthentications: { points: 2, durationSeconds: 60 }, tokens: { points: 3, durationSeconds: 60 } },
      },
      routes: parseGatewayRoutes(`intake=${intake.url}`),
    });
    await gateway.init();
  });

  afterAll(async () => {
    await gateway.close();
    await intake.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('puts the headers on forwarded answers and on its own refusals', async () => {
    const { body } = await http().post('/api/dev/token').send({ role: 'applicant' }).expect(200);
    const forwarded = await http().get('/api/applications').set('Authorization', `Bearer ${body.access_token as string}`).expect(200);
    expect(forwarded.headers['x-served-by']).toBe('echo');
    expectSecurityHeaders(forwarded);
    expectSecurityHeaders(await http().get('/api/applications').expect(401));
    expectSecurityHeaders(await http().get('/nowhere').expect(404));
  });

  it('answers 429 with Retry-After after N failed authentications, and forwards nothing', async () => {
    const before = intake.received.length;
    // Requests without a token are anonymous, not failed authentications: they do not count.
    for (let i = 0; i < 4; i++) await http().get('/api/applications').expect(401);
    await http().get('/api/applications').set('Authorization', 'Bearer nonsense').expect(401);
    await http().get('/api/applications').set('Authorization', 'Bearer nonsense').expect(401);
    const refused = await http().get('/api/applications').set('Authorization', 'Bearer nonsense').expect(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(intake.received.length).toBe(before);
  });

  it('answers 429 with Retry-After after N token requests', async () => {
    // One minted in the first test.
    await http().post('/api/dev/token').send({ role: 'auditor' }).expect(200);
    await http().post('/api/dev/token').send({ role: 'auditor' }).expect(200);
    const refused = await http().post('/api/dev/token').send({ role: 'auditor' }).expect(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });
});
