import { AuditRuntime } from '@hpc-access/audit';
import { leafHash, openCheckpoint, parseVerifierKey, verifyConsistency, verifyInclusion } from '@hpc-access/ledger';
import { openPglite } from '@hpc-access/sql';
import { organisationBody } from '@hpc-access/service-testing';
import { join } from 'node:path';
import { rmSync, statSync, truncateSync } from 'node:fs';
import { runCli } from '@hpc-access/audit-cli';
import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('the audit ledger through the embedded platform', () => {
  let platform: PlatformHarness;
  let auditor: string;

  beforeAll(async () => {
    platform = await startPlatform({ persist: true });
    auditor = await platform.token('auditor');
  });
  afterAll(async () => {
    await platform?.close({ keepData: true }).catch(() => undefined);
    if (platform) rmSync(platform.dataDir, { recursive: true, force: true });
  });

  const checkpointNow = () => platform.app.get(AuditRuntime).checkpointNow();

  it('signs checkpoints an auditor verifies with the published key, and proves each event in them', async () => {
    const applicant = await platform.token('applicant', { organisationId: 'org-aurora' });
    await platform.http.post('/api/organisations').set(auth(applicant)).send(organisationBody()).expect(201);
    await platform.settle();
    const first = await checkpointNow();
    expect(first?.treeSize).toBeGreaterThan(0);

    const key = await platform.http.get('/api/audit/ledger/public-key').set(auth(auditor)).expect(200);
    expect(key.body).toMatchObject({ algorithm: 'Ed25519', keyName: 'hpc-access.local/audit-ledger' });
    const latest = await platform.http.get('/api/audit/ledger/checkpoints/latest').set(auth(auditor)).expect(200);
    expect(latest.body).toMatchObject({ treeSize: first!.treeSize, rootHash: first!.rootHash.toString('base64') });
    const opened = openCheckpoint(latest.body.note, parseVerifierKey(key.body.verifierKey));
    expect(opened).toMatchObject({ ok: true, checkpoint: { origin: 'hpc-access.local/audit-ledger', size: first!.treeSize } });
    const bySize = await platform.http.get(`/api/audit/ledger/checkpoints/${first!.treeSize}`).set(auth(auditor)).expect(200);
    expect(bySize.body).toEqual(latest.body);

    // The applicant's registration, found on the timeline by its entity, proven in the checkpoint.
    const timeline = await platform.http.get('/api/audit/timeline').query({ streamId: 'organisation-org-aurora' }).set(auth(auditor)).expect(200);
    expect(timeline.body.total).toBeGreaterThan(0);
    const event = timeline.body.items[0];
    expect(event).toMatchObject({ service: 'intake', streamId: 'organisation-org-aurora', streamPosition: 0, prevHash: null, actor: { role: 'applicant' }, schemaVersion: expect.any(Number) });
    const proof = await platform.http.get(`/api/audit/ledger/events/${event.eventId}/inclusion-proof`).set(auth(auditor)).expect(200);
    expect(JSON.parse(proof.body.leafData)).toEqual({ eventId: event.eventId, hash: event.hash, service: 'intake', streamId: event.streamId, streamPosition: 0 });
    const leaf = leafHash(Buffer.from(proof.body.leafData, 'utf8'));
    expect(proof.body.leafIndex).toBe(event.ledgerIndex);
    const check = verifyInclusion(proof.body.leafIndex, proof.body.treeSize, leaf, proof.body.proof.map((h: string) => Buffer.from(h, 'base64')), Buffer.from(latest.body.rootHash, 'base64'));
    expect(check).toEqual({ ok: true });

    // More history, a second checkpoint: the first is a prefix of it.
    await platform.http.post('/api/organisations').set(auth(await platform.token('applicant', { organisationId: 'org-borealis' }))).send(organisationBody({ organisationId: 'org-borealis', legalName: 'Borealis AI Oy', country: 'FI' })).expect(201);
    await platform.settle();
    const second = await checkpointNow();
    const consistency = await platform.http.get('/api/audit/ledger/consistency-proof').query({ from: first!.treeSize, to: second!.treeSize }).set(auth(auditor)).expect(200);
    expect(verifyConsistency(first!.treeSize, second!.treeSize, first!.rootHash, second!.rootHash, consistency.body.proof.map((h: string) => Buffer.from(h, 'base64')))).toEqual({ ok: true });
  });

  it('lists every service\'s events in ledger order, filtered, paged like every list', async () => {
    const page = await platform.http.get('/api/audit/timeline').query({ pageSize: 5 }).set(auth(auditor)).expect(200);
    expect(page.body).toMatchObject({ page: 1, pageSize: 5 });
    expect(page.body.items.map((e: { ledgerIndex: number }) => e.ledgerIndex)).toEqual([0, 1, 2, 3, 4]);
    const services = await platform.http.get('/api/audit/timeline').query({ pageSize: 100 }).set(auth(auditor)).expect(200);
    expect(new Set(services.body.items.map((e: { service: string }) => e.service)).size).toBeGreaterThan(1);
    const byRole = await platform.http.get('/api/audit/timeline').query({ role: 'applicant', type: 'OrganisationRegistered' }).set(auth(auditor)).expect(200);
    expect(byRole.body.total).toBe(2);
    const none = await platform.http.get('/api/audit/timeline').query({ from: '2999-01-01T00:00:00Z' }).set(auth(auditor)).expect(200);
    expect(none.body).toMatchObject({ total: 0, items: [] });
    const bad = await platform.http.get('/api/audit/timeline').query({ from: 'yesterday' }).set(auth(auditor)).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'from' })]);
    const badSize = await platform.http.get('/api/audit/ledger/checkpoints/0').set(auth(auditor)).expect(400);
    expect(badSize.body.errors).toEqual([expect.objectContaining({ field: 'treeSize' })]);
    await platform.http.get('/api/audit/ledger/checkpoints/999999').set(auth(auditor)).expect(404);
  });

  it('refuses applicants, sites and other staff on every audit route; administrators read', async () => {
    const routes = ['/api/audit/ledger/checkpoints/latest', '/api/audit/ledger/checkpoints/1', '/api/audit/ledger/public-key', '/api/audit/timeline', '/api/audit/ledger/consistency-proof?from=1&to=1', '/api/audit/ledger/events/00000000-0000-4000-8000-000000000000/inclusion-proof'];
    const refused = [await platform.token('applicant', { organisationId: 'org-aurora' }), await platform.token('site'), await platform.token('intake-officer'), await platform.token('accounting-officer')];
    for (const route of routes) for (const token of refused) await platform.http.get(route).set(auth(token)).expect(403);
    await platform.http.get('/api/audit/ledger/checkpoints/latest').set(auth(await platform.token('administrator'))).expect(200);
  });

  it('at the next start, finds the last events of a stream deleted: not ready, writes refused, reads go on', async () => {
    await checkpointNow();
    const { dataDir } = platform;
    await platform.close({ keepData: true });
    // A database administrator deletes the newest event of an organisation's stream behind the platform's back.
    const db = await openPglite(join(dataDir, 'pglite'));
    const { rows } = await db.query<{ event_id: string }>(`SELECT event_id::text FROM intake.events WHERE stream_id = 'organisation-org-borealis' ORDER BY stream_position DESC LIMIT 1`);
    await db.transaction(async (tx) => {
      await tx.query('SET LOCAL session_replication_role = replica');
      await tx.query('DELETE FROM intake.events WHERE event_id = $1', [rows[0].event_id]);
    });
    await db.close();

    platform = await startPlatform({ dataDir, persist: true });
    const ready = await platform.http.get('/health/ready').expect(503);
    expect(ready.body.detail).toContain(`history altered: event ${rows[0].event_id} (intake, stream organisation-org-borealis`);
    const write = await platform.http.post('/api/organisations').set(auth(await platform.token('applicant', { organisationId: 'org-celtic' }))).send(organisationBody({ organisationId: 'org-celtic', legalName: 'Celtic AI Ltd', country: 'IE' })).expect(503);
    expect(write.body).toMatchObject({ code: 'history-altered' });
    expect(write.body.detail).toContain(rows[0].event_id);
    await platform.http.get('/api/audit/timeline').set(auth(await platform.token('auditor'))).expect(200);
  });
});

describe('the start-up check after the embedded events table file was cut in half', () => {
  it('reports not ready and refuses writes, where before the next start reported nothing', async () => {
    let platform = await startPlatform({ persist: true });
    const { dataDir } = platform;
    try {
      const officer = await platform.token('intake-officer');
      for (let i = 0; i < 40; i++) {
        const id = `org-cut-${String(i).padStart(2, '0')}`;
        await platform.http.post('/api/organisations').set(auth(officer)).send(organisationBody({ organisationId: id, legalName: `Cut ${i} AI Oy`, country: 'FI' })).expect(201);
      }
      await platform.settle();
      await platform.app.get(AuditRuntime).checkpointNow();
      const key = (await platform.http.get('/api/audit/ledger/public-key').set(auth(await platform.token('auditor'))).expect(200)).body.verifierKey as string;
      const { rows } = await platform.db.query<{ path: string }>(`SELECT pg_relation_filepath('intake.events') AS path`);
      await platform.close({ keepData: true });

      const file = join(dataDir, 'pglite', rows[0].path);
      const pages = statSync(file).size / 8192;
      expect(pages).toBeGreaterThan(2);
      truncateSync(file, Math.floor(pages / 2) * 8192);

      // The auditor's tool on the stopped data directory: it cannot read the cut table and says which
      // file, exiting 2 (could not verify), never 0.
      let report = '';
      const verified = await runCli(['verify', '--data-dir', dataDir, '--verifier-key', key], { stdout: (t) => (report += t), stderr: (t) => (report += t) });
      expect(verified).toBe(2);
      expect(report).toContain(`could not read blocks`);
      expect(report).toContain(rows[0].path);

      platform = await startPlatform({ dataDir, persist: true });
      const ready = await platform.http.get('/health/ready').expect(503);
      expect(ready.body.detail).toMatch(/audit-ledger.*history altered: (event [0-9a-f-]{36} \(intake, stream organisation-org-cut-\d\d|the store could not be read)/);
      const write = await platform.http.post('/api/organisations').set(auth(await platform.token('intake-officer'))).send(organisationBody({ organisationId: 'org-after-cut', legalName: 'After AI Oy', country: 'FI' })).expect(503);
      expect(write.body).toMatchObject({ code: 'history-altered' });
    } finally {
      await platform.close({ keepData: true }).catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
