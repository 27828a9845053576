import { leafHash, verifyInclusion } from '@hpc-access/ledger';
import { organisationBody } from '@hpc-access/service-testing';
import { pollUntil } from '@hpc-access/testing';
import { startDistributed, type DistributedHarness } from '../../testing-only/distributed-harness';

describe('distributed mode: the audit service sequences another process\'s events behind the gateway', () => {
  let world: DistributedHarness;

  beforeAll(async () => {
    world = await startDistributed({ services: ['intake', 'audit'], serviceEnv: { AUDIT_CHECKPOINT_SECONDS: '1' } });
  }, 180_000);
  afterAll(() => world?.close());

  it('puts intake\'s event on the timeline, signs a checkpoint holding it and proves it; an applicant is refused', async () => {
    const applicant = await world.token('applicant', { organisationId: 'org-aurora' });
    await world.http.post('/api/organisations').set('Authorization', `Bearer ${applicant}`).send(organisationBody()).expect(201);
    const auditor = { Authorization: `Bearer ${await world.token('auditor')}` };
    const timeline = await pollUntil(
      async () => (await world.http.get('/api/audit/timeline').query({ streamId: 'organisation-org-aurora' }).set(auditor).expect(200)).body,
      (body) => body.total > 0,
    );
    const event = timeline.items[0];
    expect(event).toMatchObject({ service: 'intake', type: expect.any(String), streamPosition: 0 });
    const checkpoint = await pollUntil(
      async () => (await world.http.get('/api/audit/ledger/checkpoints/latest').set(auditor)).body,
      (body) => typeof body.treeSize === 'number' && body.treeSize > event.ledgerIndex,
    );
    const proof = await world.http.get(`/api/audit/ledger/events/${event.eventId}/inclusion-proof`).query({ treeSize: checkpoint.treeSize }).set(auditor).expect(200);
    const check = verifyInclusion(proof.body.leafIndex, checkpoint.treeSize, leafHash(Buffer.from(proof.body.leafData)), proof.body.proof.map((h: string) => Buffer.from(h, 'base64')), Buffer.from(checkpoint.rootHash, 'base64'));
    expect(check).toEqual({ ok: true });
    await world.http.get('/api/audit/timeline').set('Authorization', `Bearer ${applicant}`).expect(403);
  });
});
