import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, Get, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Public } from '@hpc-access/auth';
import request from 'supertest';
import { ObservabilityModule } from './observability.module';
import { secureHttpApp } from './security';
import { serveStaffUi, staffUiCsp, staffUiOptionsFromEnv, type StaffUiOptions } from './staff-ui';
import { ProblemDetailsFilter } from './problem.filter';

@Public()
@Controller('api/things')
class ThingsController {
  @Get()
  list(): { items: string[] } {
    return { items: ['a'] };
  }

  @Post()
  create(): { created: true } {
    return { created: true };
  }
}

@Module({ imports: [ObservabilityModule], controllers: [ThingsController] })
class ProbeModule {}

const INDEX = '<!doctype html><title>HPC Access</title><script type="module" src="/assets/index-abc123.js"></script>';

/** A built UI in a temporary directory, served as the platform serves it (security headers first). */
async function startApp(options: Partial<StaffUiOptions> = {}): Promise<{ app: NestExpressApplication; dir: string; served: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), 'hpc-staff-ui-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("ui")');
  const app = await NestFactory.create<NestExpressApplication>(ProbeModule, { logger: false });
  secureHttpApp(app, { docsRequireAuth: false });
  app.useGlobalFilters(new ProblemDetailsFilter());
  const served = serveStaffUi(app, { dir, auth: { mode: 'development' }, ...options });
  await app.init();
  return { app, dir, served };
}

describe('serveStaffUi', () => {
  let app: NestExpressApplication;
  let dir: string;

  beforeAll(async () => {
    ({ app, dir } = await startApp());
  });

  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers / and any route of the app with index.html under its CSP, never cached', async () => {
    for (const path of ['/', '/sign-in', '/intake-officer/queue?status=screening&page=2']) {
      const response = await request(app.getHttpServer()).get(path).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toBe(INDEX);
      expect(response.headers['content-security-policy']).toBe(staffUiCsp({ mode: 'development' }));
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('serves the hashed assets with a year of caching, and a missing asset is a 404', async () => {
    const asset = await request(app.getHttpServer()).get('/assets/index-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.text).toContain('ui');
    await request(app.getHttpServer()).get('/assets/index-gone.js').expect(404);
    await request(app.getHttpServer()).get('/favicon.ico').expect(404);
  });

  it('tells the app how to sign in at /config.json', async () => {
    const response = await request(app.getHttpServer()).get('/config.json').expect(200);
    expect(response.body).toEqual({ auth: { mode: 'development' } });
  });

  it('never answers for the API, the probes or the metrics: their routes and their 404s stay theirs', async () => {
    await request(app.getHttpServer()).get('/api/things').expect(200, { items: ['a'] });
    await request(app.getHttpServer()).post('/api/things').expect(201, { created: true });
    const missing = await request(app.getHttpServer()).get('/api/nothing-here').expect(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    await request(app.getHttpServer()).get('/health/live').expect(200);
    expect((await request(app.getHttpServer()).get('/api').expect(404)).headers['content-type']).toMatch(/problem\+json/);
    expect((await request(app.getHttpServer()).get('/healthz').expect(200)).text).toBe(INDEX);
  });

  it('leaves other methods than GET and HEAD to the routes (404 problem+json)', async () => {
    const response = await request(app.getHttpServer()).post('/sign-in').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('the staff UI options', () => {
  it('let the app reach an OIDC issuer from the page, and nothing else', () => {
    const options = staffUiOptionsFromEnv({ mode: 'oidc', issuer: 'https://id.example.eu/realms/hpc', audience: 'hpc-access' }, { STAFF_UI_DIR: '/srv/ui' });
    expect(options).toEqual({ dir: '/srv/ui', auth: { mode: 'oidc', issuer: 'https://id.example.eu/realms/hpc', clientId: 'hpc-access-staff-ui', scope: 'openid profile' } });
    expect(staffUiCsp(options.auth).split(';')).toContain("connect-src 'self' https://id.example.eu");
    expect(staffUiCsp(options.auth).split(';')).toContain("script-src 'self'");
  });

  it('serve nothing when the UI was not built', async () => {
    const { app, dir, served } = await startApp({ dir: join(tmpdir(), 'hpc-staff-ui-not-built') });
    expect(served).toBe(false);
    await request(app.getHttpServer()).get('/').expect(404);
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
