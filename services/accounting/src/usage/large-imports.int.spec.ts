import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AllocationEvents } from '@hpc-access/contracts';
import { startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { accountingHarness, activation, jobRecord, lumiSiteToken, publishHostingSites, SACCT_HEADER, sacctLine } from '../testing-only/accounting-fixtures';

// The documented maximum of one import (20,000 records), as JSON and as an sacct file; uploads are
// refused for a missing token or role before their body is read.
describe('accounting takes the largest documented imports', () => {
  let svc: ServiceHarness;
  let site: string;
  let officer: string;
  let port: number;

  beforeAll(async () => {
    svc = await startServiceHarness(accountingHarness);
    await svc.app.listen(0, '127.0.0.1');
    port = (svc.app.getHttpServer().address() as AddressInfo).port;
    await publishHostingSites(svc);
    site = await lumiSiteToken(svc);
    officer = await svc.token('accounting-officer', { userId: 'officer-1' });
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-json', activation({ allocationId: 'alloc-json', projectId: 'EHPC-AIF-2026PG01-3001', gpuHours: 1_000_000, monthlyQuotaGpuHours: 400_000 }));
    await svc.publish(AllocationEvents.AllocationActivated, 'alloc-sacct', activation({ allocationId: 'alloc-sacct', projectId: 'EHPC-AIF-2026PG01-3002', gpuHours: 1_000_000, monthlyQuotaGpuHours: 400_000 }));
    await svc.settle();
  }, 120_000);
  afterAll(() => svc.close());

  const charged = async (id: string) => (await svc.http.get(`/api/accounting/allocations/${id}`).set('Authorization', `Bearer ${officer}`).expect(200)).body;

  it('charges 20,000 JSON job records in one request', async () => {
    const records = Array.from({ length: 20_000 }, (_, i) => jobRecord(String(500_000 + i), { account: 'EHPC-AIF-2026PG01-3001', elapsedRaw: 360 }));
    const response = await svc.http.post('/api/accounting/usage').set('Authorization', `Bearer ${site}`).send({ records });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ accepted: 20_000, rejected: [], charged: [{ allocationId: 'alloc-json', jobs: 20_000, gpuHours: 8_000 }] });
    await svc.settle();
    expect(await charged('alloc-json')).toMatchObject({ chargedGpuHours: 8_000, jobs: 20_000 });
  }, 120_000);

  it('charges an sacct file of 20,000 jobs in one request', async () => {
    const text = [SACCT_HEADER, ...Array.from({ length: 20_000 }, (_, i) => sacctLine(String(700_000 + i), 'EHPC-AIF-2026PG01-3002', 0.1))].join('\n');
    const response = await svc.http.post('/api/accounting/usage/sacct?system=lumi').set('Authorization', `Bearer ${site}`).set('Content-Type', 'text/plain').send(text);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ accepted: 20_000, rejected: [], charged: [{ allocationId: 'alloc-sacct', jobs: 20_000, gpuHours: 8_000 }] });
    await svc.settle();
    expect(await charged('alloc-sacct')).toMatchObject({ chargedGpuHours: 8_000, jobs: 20_000 });
  }, 120_000);

  /** Sends the headers and a first chunk, never the rest: only a server that answers without the body replies. */
  const answerBeforeTheBody = (path: string, contentType: string, token?: string) =>
    new Promise<{ status: number; contentType: string | undefined }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'Content-Type': contentType, 'Transfer-Encoding': 'chunked', ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
      const deadline = setTimeout(() => { req.destroy(); reject(new Error('no answer within 10 s: the server waited for the body')); }, 10_000);
      req.on('response', (res: IncomingMessage) => {
        clearTimeout(deadline);
        res.resume();
        resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'] });
        req.destroy();
      });
      req.on('error', (error) => { if (!(error as { code?: string }).code?.startsWith('ECONNRESET')) reject(error); });
      req.write(contentType === 'text/plain' ? `${SACCT_HEADER}\n` : '{"records":[');
    });

  it.each([
    ['/api/accounting/usage', 'application/json'],
    ['/api/accounting/usage/sacct?system=lumi', 'text/plain'],
  ])('refuses an upload to %s without a token (401) or by another role (403) before reading its body', async (path, contentType) => {
    expect(await answerBeforeTheBody(path, contentType)).toEqual({ status: 401, contentType: expect.stringMatching(/^application\/problem\+json/) });
    expect(await answerBeforeTheBody(path, contentType, await svc.token('auditor'))).toEqual({ status: 403, contentType: expect.stringMatching(/^application\/problem\+json/) });
  });

  it('refuses an sacct upload with a line longer than 64 KiB (400 naming the line), and one over 64 MiB (413)', async () => {
    const long = await svc.http.post('/api/accounting/usage/sacct?system=lumi').set('Authorization', `Bearer ${site}`).set('Content-Type', 'text/plain').send(`${SACCT_HEADER}\n${'x'.repeat(200 * 1024)}`);
    expect(long.status).toBe(400);
    expect(long.body.errors).toEqual([{ field: 'line 2', reason: 'longer than 65536 characters: not sacct --parsable2 output' }]);
    const huge = await svc.http.post('/api/accounting/usage/sacct?system=lumi').set('Authorization', `Bearer ${site}`).set('Content-Type', 'text/plain').send(`${SACCT_HEADER}\n`.repeat(Math.ceil((64 * 1024 * 1024 + 1) / (SACCT_HEADER.length + 1))));
    expect(huge.status).toBe(413);
    expect(huge.headers['content-type']).toMatch(/^application\/problem\+json/);
  }, 60_000);
});
