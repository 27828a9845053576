import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, Get, Module, NotFoundException, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AuthModule, type AuthRateLimits } from '@hpc-access/auth';
import request, { type Response } from 'supertest';
import { configureHttpApp } from './configure-app';
import { ObservabilityModule } from './observability.module';

@Controller('api/probe')
class ProbeController {
  @Get()
  read(): { ok: true } {
    return { ok: true };
  }

  @Get('missing')
  missing(): never {
    throw new NotFoundException('no such probe');
  }
}

const METRICS_TOKEN = 'metrics-token-for-the-test-0123456789';

/** An application as configureHttpApp makes every one, with the environment it reads at start. */
async function startApp(env: Record<string, string>, rateLimits: AuthRateLimits): Promise<{ app: NestExpressApplication; close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hpc-http-security-'));
  @Module({})
  class ProbeAppModule {
    static forRoot(): DynamicModule {
      return {
        module: ProbeAppModule,
        imports: [ObservabilityModule, AuthModule.forRoot({ mode: 'embedded', publicBaseUrl: 'http://localhost:3000', dataDir, rateLimits })],
        controllers: [ProbeController],
      };
    }
  }
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const app = await NestFactory.create<NestExpressApplication>(ProbeAppModule.forRoot(), { bufferLogs: true });
    try {
      configureHttpApp(app, { title: 'probe', description: 'probe' });
      await app.init();
    } catch (error) {
      await app.close();
      throw error;
    }
    return {
      app,
      async close() {
        await app.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } finally {
    process.env = saved;
  }
}

const generous: AuthRateLimits = { failedAuthentications: { points: 1000, durationSeconds: 60 }, tokens: { points: 1000, durationSeconds: 60 } };

function expectSecurityHeaders(response: Response): void {
  expect(response.headers['x-powered-by']).toBeUndefined();
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
}

async function tokenFrom(app: NestExpressApplication, role = 'auditor'): Promise<string> {
  const { body } = await request(app.getHttpServer()).post('/api/dev/token').send({ role }).expect(200);
  return (body as { access_token: string }).access_token;
}

describe('security headers', () => {
  let started: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    started = await startApp({}, generous);
  });
  afterAll(() => started.close());

  it('are on an API answer, and no X-Powered-By', async () => {
    const response = await request(started.app.getHttpServer()).get('/api/probe').set('Authorization', `Bearer ${await tokenFrom(started.app)}`).expect(200);
    expectSecurityHeaders(response);
  });

  it('are on error answers too: 401, 404 from a handler, 404 for an unknown route', async () => {
    const token = await tokenFrom(started.app);
    expectSecurityHeaders(await request(started.app.getHttpServer()).get('/api/probe').expect(401));
    expectSecurityHeaders(await request(started.app.getHttpServer()).get('/api/probe/missing').set('Authorization', `Bearer ${token}`).expect(404));
    expectSecurityHeaders(await request(started.app.getHttpServer()).get('/api/nothing-here').expect(404));
  });

  it('the docs UI keeps its own caching, but gets the other headers; the docs are public unless configured', async () => {
    const ui = await request(started.app.getHttpServer()).get('/api/docs/').expect(200);
    expect(ui.headers['cache-control']).not.toBe('no-store');
    expect(ui.headers['x-content-type-options']).toBe('nosniff');
    await request(started.app.getHttpServer()).get('/api/docs-json').expect(200);
    expect((await request(started.app.getHttpServer()).get('/api/asyncapi.json').expect(200)).body.asyncapi).toBe('3.0.0');
    await request(started.app.getHttpServer()).get('/metrics').expect(200);
  });
});

describe('rate limits', () => {
  let started: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    started = await startApp({}, { failedAuthentications: { points: 3, durationSeconds: 60 }, tokens: { points: 4, durationSeconds: 60 } });
  });
  afterAll(() => started.close());

  it('refuse a client after N failed authentications with 429 problem+json and Retry-After, even with a valid token then', async () => {
    // Minted before the failures: the token limit is counted apart (1 of 4).
    const valid = await tokenFrom(started.app);
    for (let i = 0; i < 3; i++) await request(started.app.getHttpServer()).get('/api/probe').set('Authorization', 'Bearer not-a-token').expect(401);
    const refused = await request(started.app.getHttpServer()).get('/api/probe').set('Authorization', `Bearer ${valid}`).expect(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 429, title: 'Too many requests' });
    expect(refused.body.detail).toMatch(/too many failed authentications from this address \(at most 3 in 60 s\)/);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    expectSecurityHeaders(refused);
    // Routes that want no token are not part of the count.
    await request(started.app.getHttpServer()).get('/health/live').expect(200);
  });

  it('refuse the token request after N mints with 429 problem+json and Retry-After', async () => {
    // One minted in the test before: three more are allowed.
    for (let i = 0; i < 3; i++) await tokenFrom(started.app, 'applicant');
    const refused = await request(started.app.getHttpServer()).post('/api/dev/token').send({ role: 'applicant' }).expect(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.detail).toMatch(/too many token requests from this address \(at most 4 in 60 s\)/);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
  });
});

describe('/metrics and /api/docs when configured', () => {
  let started: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    started = await startApp({ METRICS_TOKEN, DOCS_REQUIRE_AUTH: 'true' }, generous);
  });
  afterAll(() => started.close());

  it('/metrics wants the metrics token', async () => {
    const http = () => request(started.app.getHttpServer());
    const refused = await http().get('/metrics').expect(401);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.headers['www-authenticate']).toBe('Bearer');
    expect(refused.body.detail).toMatch(/METRICS_TOKEN/);
    await http().get('/metrics').set('Authorization', 'Bearer not-the-metrics-token').expect(401);
    // A user's token is not the metrics token.
    await http().get('/metrics').set('Authorization', `Bearer ${await tokenFrom(started.app)}`).expect(401);
    const scraped = await http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    expect(scraped.text).toContain('http_request_duration_seconds');
  });

  it('/api/docs, /api/docs-json and /api/asyncapi.json want a valid bearer token', async () => {
    const http = () => request(started.app.getHttpServer());
    for (const path of ['/api/docs', '/api/docs/', '/api/docs-json', '/api/docs/swagger-ui-init.js', '/api/asyncapi.json']) {
      const refused = await http().get(path).expect(401);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body.detail).toMatch(/DOCS_REQUIRE_AUTH/);
    }
    await http().get('/api/docs-json').set('Authorization', 'Bearer not-a-token').expect(401);
    const token = await tokenFrom(started.app);
    const document = await http().get('/api/docs-json').set('Authorization', `Bearer ${token}`).expect(200);
    expect(document.body.paths['/api/probe']).toBeDefined();
    await http().get('/api/docs/').set('Authorization', `Bearer ${token}`).expect(200);
    expect((await http().get('/api/asyncapi.json').set('Authorization', `Bearer ${token}`).expect(200)).body.channels['intake.v1'].address).toBe('hpc-access.intake.v1');
  });

  it('a METRICS_TOKEN too short to be a secret stops the start', async () => {
    await expect(startApp({ METRICS_TOKEN: 'short' }, generous)).rejects.toThrow(/METRICS_TOKEN must be at least 16 characters/);
  });
});
