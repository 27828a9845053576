import { organisationBody } from '@hpc-access/service-testing';
import { pollUntil } from '@hpc-access/testing';
import { startDistributed, type DistributedHarness } from '../../testing-only/distributed-harness';

// ADR 28 in distributed mode: the audit process's verdict, read by intake's own process.
describe('distributed mode: a service process refuses writes once the audit process found the history altered', () => {
  let world: DistributedHarness;

  beforeAll(async () => {
    world = await startDistributed({ services: ['intake', 'audit'], serviceEnv: { AUDIT_CHECKPOINT_SECONDS: '1', HISTORY_VERDICT_POLL_MS: '200' } });
  }, 180_000);
  afterAll(() => world?.close());

  it('after a stream is deleted and audit restarts, intake answers 503 history-altered and appends nothing', async () => {
    const officer = { Authorization: `Bearer ${await world.token('intake-officer')}` };
    const auditor = { Authorization: `Bearer ${await world.token('auditor')}` };
    await world.http.post('/api/organisations').set(officer).send(organisationBody({ organisationId: 'org-kept' })).expect(201);
    await world.http.post('/api/organisations').set(officer).send(organisationBody({ organisationId: 'org-cut', legalName: 'Cut AI Oy', country: 'FI' })).expect(201);
    const events = async () => Number((await world.db.query<{ n: string }>('SELECT count(*) AS n FROM intake.events')).rows[0].n);
    const recorded = await events();
    // Both organisations are under a signed checkpoint before the tampering.
    await pollUntil(async () => (await world.http.get('/api/audit/ledger/checkpoints/latest').set(auditor)).body, (body) => typeof body.treeSize === 'number' && body.treeSize >= recorded);

    await world.db.transaction(async (tx) => {
      await tx.query('SET LOCAL session_replication_role = replica');
      await tx.query(`DELETE FROM intake.events WHERE stream_id = 'organisation-org-cut'`);
    });
    const [audit] = world.instances('audit');
    await world.kill(audit);
    // It finds the history altered, so it never reports ready: not waited for.
    const restarted = await world.startInstance('audit', { ready: false });

    // Until intake's poll reads the new verdict, its writes still go through: each try a new organisation.
    let attempt = 0;
    const refused = await pollUntil(
      async () => world.http.post('/api/organisations').set(officer).send(organisationBody({ organisationId: `org-later-${++attempt}`, legalName: `Later ${attempt} AI Oy`, country: 'FI' })),
      (response) => response.status !== 201,
      { timeoutMs: 90_000 },
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${world.logTail(restarted, 30)}\n${world.logTail(world.instances('intake')[0], 30)}`);
    });
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ code: 'history-altered' });
    expect(refused.body.detail).toContain('organisation-org-cut');
    const streams = (await world.db.query<{ stream_id: string }>('SELECT DISTINCT stream_id FROM intake.events')).rows.map((r) => r.stream_id);
    expect(streams).toContain('organisation-org-kept');
    expect(streams).not.toContain(`organisation-org-later-${attempt}`);
    // Intake's own process reports itself not ready, with why.
    const [intake] = world.instances('intake');
    const ready = await fetch(`http://127.0.0.1:${intake.port}/health/ready`);
    expect(ready.status).toBe(503);
    expect(JSON.stringify(await ready.json())).toContain('history-altered');
  }, 150_000);
});
