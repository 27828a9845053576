import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { GatewayModule } from './gateway.module';
import { parseGatewayRoutes } from './gateway-routes';
import { deadServiceUrl, startEchoService, type EchoService, type ReceivedRequest } from './testing-only/echo-service';

describe('gateway forwarding to the owning service', () => {
  let intake: EchoService;
  let dataDir: string;
  let gateway: INestApplication;
  const tokens = new Map<string, string>();

  async function bearer(role: string): Promise<string> {
    if (!tokens.has(role)) {
      const { body } = await request(gateway.getHttpServer()).post('/api/dev/token').send({ role }).expect(200);
      tokens.set(role, `Bearer ${body.access_token}`);
    }
    return tokens.get(role) as string;
  }

  function lastReceived(): ReceivedRequest {
    const last = intake.received.at(-1);
    if (!last) throw new Error('the service received nothing');
    return last;
  }

  beforeAll(async () => {
    intake = await startEchoService();
    dataDir = await mkdtemp(join(tmpdir(), 'hpc-gateway-'));
    const moduleRef = await Test.createTestingModule({
      imports: [
        GatewayModule.forRoot({
          auth: { mode: 'embedded', publicBaseUrl: 'http://gateway.test', dataDir },
          routes: [
            ...parseGatewayRoutes(`intake=${intake.url}`),
            { prefix: '/api/audit', service: 'audit', target: `${intake.url}/audit-base/`, roles: ['auditor'] },
            { prefix: '/api/allocations', service: 'allocation', target: await deadServiceUrl() },
            { prefix: '/hang', service: 'slow', target: intake.url },
          ],
          upstreamTimeoutMs: 300,
        }),
      ],
    }).compile();
    gateway = moduleRef.createNestApplication({ bodyParser: false, logger: false });
    await gateway.init();
  });

  afterAll(async () => {
    await gateway.close();
    await intake.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  describe('refusing before forwarding', () => {
    it('answers 401 without a token and forwards nothing', async () => {
      const before = intake.received.length;
      const response = await request(gateway.getHttpServer()).get('/api/applications').expect(401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="hpc-access"');
      expect(intake.received).toHaveLength(before);
    });

    it('answers 401 to a garbage token and forwards nothing', async () => {
      const before = intake.received.length;
      await request(gateway.getHttpServer()).get('/api/applications').set('Authorization', 'Bearer garbage').expect(401);
      expect(intake.received).toHaveLength(before);
    });

    it('answers 403 when the route wants a role the user lacks, and forwards nothing', async () => {
      const before = intake.received.length;
      const response = await request(gateway.getHttpServer()).get('/api/audit/history').set('Authorization', await bearer('applicant')).expect(403);
      expect(response.body.message).toBe('/api/audit needs one of the roles auditor');
      expect(intake.received).toHaveLength(before);
    });

    it('answers 404 for a path no service owns', async () => {
      const before = intake.received.length;
      await request(gateway.getHttpServer()).get('/api/nothing-here').set('Authorization', await bearer('applicant')).expect(404);
      await request(gateway.getHttpServer()).get('/api/applicationsX').set('Authorization', await bearer('applicant')).expect(404);
      expect(intake.received).toHaveLength(before);
    });

    it('answers 400 to a path climbing out of its prefix', async () => {
      const before = intake.received.length;
      await request(gateway.getHttpServer()).get('/api/applications/%2e%2e/%2e%2e/internal').set('Authorization', await bearer('applicant')).expect(400);
      expect(intake.received).toHaveLength(before);
    });
  });

  describe('forwarding', () => {
    it('sends the request to the service with the token and the identity headers, and relays the answer', async () => {
      const authorization = await bearer('applicant');
      const response = await request(gateway.getHttpServer()).get('/api/applications/app-1?view=full').set('Authorization', authorization).expect(200);
      const received = lastReceived();
      expect(received).toMatchObject({ method: 'GET', url: '/api/applications/app-1?view=full' });
      expect(received.headers).toMatchObject({
        authorization,
        'x-hpc-user-id': 'demo-applicant',
        'x-hpc-roles': 'applicant',
        'x-hpc-organisation-id': 'org-demo',
        host: new URL(intake.url).host,
      });
      expect(received.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(received.headers['x-forwarded-for']).toMatch(/127\.0\.0\.1/);
      expect(response.headers).toMatchObject({ etag: '"3"', 'x-served-by': 'echo', 'x-correlation-id': received.headers['x-correlation-id'] });
    });

    it('sends no organisation header for a user without one', async () => {
      await request(gateway.getHttpServer()).get('/api/organisations').set('Authorization', await bearer('intake-officer')).expect(200);
      expect(lastReceived().headers).toMatchObject({ 'x-hpc-user-id': 'demo-intake-officer', 'x-hpc-roles': 'intake-officer' });
      expect(lastReceived().headers).not.toHaveProperty('x-hpc-organisation-id');
    });

    it('replaces identity headers a client tried to set itself', async () => {
      await request(gateway.getHttpServer())
        .get('/api/applications')
        .set('Authorization', await bearer('applicant'))
        .set('x-hpc-roles', 'administrator')
        .set('x-hpc-user-id', 'someone-else')
        .set('x-hpc-acting-for', 'org-victim')
        .expect(200);
      expect(lastReceived().headers).toMatchObject({ 'x-hpc-roles': 'applicant', 'x-hpc-user-id': 'demo-applicant' });
      expect(lastReceived().headers).not.toHaveProperty('x-hpc-acting-for');
    });

    it('keeps a sane correlation id from the caller and replaces an unsafe one', async () => {
      const authorization = await bearer('applicant');
      await request(gateway.getHttpServer()).get('/api/applications').set('Authorization', authorization).set('x-correlation-id', 'corr-42').expect(200);
      expect(lastReceived().headers['x-correlation-id']).toBe('corr-42');
      await request(gateway.getHttpServer()).get('/api/applications').set('Authorization', authorization).set('x-correlation-id', 'a b;c').expect(200);
      expect(lastReceived().headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('streams a request body through unchanged and relays the status', async () => {
      const body = '{"mode":"playground","gpuHours":5000,  "note":"spacing kept"}';
      const response = await request(gateway.getHttpServer())
        .post('/api/applications')
        .set('Authorization', await bearer('applicant'))
        .set('Content-Type', 'application/json')
        .set('Idempotency-Key', 'key-1')
        .send(body)
        .expect(201);
      expect(lastReceived()).toMatchObject({ method: 'POST', body });
      expect(lastReceived().headers).toMatchObject({ 'content-type': 'application/json', 'idempotency-key': 'key-1' });
      expect(response.body.body).toBe(body);
    });

    it('prepends the service base path and lets the route role through', async () => {
      await request(gateway.getHttpServer()).get('/api/audit/history').set('Authorization', await bearer('auditor')).expect(200);
      expect(lastReceived()).toMatchObject({ url: '/audit-base/api/audit/history' });
    });
  });

  describe('when the service does not answer', () => {
    it('answers 502 problem+json when the service is down', async () => {
      const response = await request(gateway.getHttpServer()).get('/api/allocations/a-1').set('Authorization', await bearer('allocation-committee')).expect(502);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(response.text)).toEqual({
        type: 'https://hpc-access.eu/problems/bad-gateway',
        title: 'Bad gateway',
        status: 502,
        code: 'bad-gateway',
        detail: 'the allocation service is unavailable',
        instance: '/api/allocations/a-1',
      });
    });

    it('answers 504 problem+json when the service takes too long', async () => {
      const response = await request(gateway.getHttpServer()).get('/hang').set('Authorization', await bearer('administrator')).expect(504);
      expect(JSON.parse(response.text)).toMatchObject({ status: 504, code: 'gateway-timeout', detail: 'the slow service did not answer within 300 ms' });
    });
  });
});
