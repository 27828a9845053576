import { organisationBody } from '@hpc-access/service-testing';
import { startDistributed, type DistributedHarness } from '../../testing-only/distributed-harness';

describe('distributed mode: intake alone behind the gateway', () => {
  let world: DistributedHarness;

  beforeAll(async () => {
    world = await startDistributed({ services: ['intake'] });
  }, 180_000);
  afterAll(() => world?.close());

  it('registers an organisation through the gateway and relays its event to Kafka', async () => {
    const applicant = await world.token('applicant', { organisationId: 'org-aurora' });
    await world.http.post('/api/organisations').set('Authorization', `Bearer ${applicant}`).send(organisationBody()).expect(201);
    const read = await world.http.get('/api/organisations/org-aurora').set('Authorization', `Bearer ${applicant}`).expect(200);
    expect(read.body).toMatchObject({ organisationId: 'org-aurora', country: 'EE' });
    await world.settle();
    const { rows } = await world.db.query<{ relay: string; behind: boolean }>(
      `SELECT r.relay, (r.global_position < (SELECT max(global_position) FROM intake.events)) AS behind FROM intake.relay_checkpoints r`,
    );
    expect(rows).toEqual([{ relay: 'intake.v1', behind: false }]);
  });
});
