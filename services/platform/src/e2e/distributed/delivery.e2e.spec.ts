import { waitFor } from '@hpc-access/testing';
import { AllocationEvents, IntakeEvents, createIntegrationEvent, topicFor } from '@hpc-access/contracts';
import { newEventId } from '@hpc-access/eventsourcing';
import { structuredLogger } from '@hpc-access/http';
import { KafkaBus } from '@hpc-access/messaging';
import { headersOf, mockKafkaBusOptions, readTopic } from '@hpc-access/messaging/testing-only';
import { organisationBody, proposalBody } from '@hpc-access/service-testing';
import { Kafka, logLevel } from 'kafkajs';
import { startDistributed, type DistributedHarness } from '../../testing-only/distributed-harness';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });


// Reliability (issue: distributed mode): the broker down while commands keep arriving, and
// messages that cannot be handled going to the dead-letter topic while the partition moves on.
describe('distributed mode: delivery across outages and poison messages', () => {
  let world: DistributedHarness;
  let publisher: KafkaBus;

  beforeAll(async () => {
    world = await startDistributed({ services: ['intake', 'governance-pledges'] });
    publisher = new KafkaBus(mockKafkaBusOptions(world.kafka, structuredLogger('test.publisher'), (error) => { throw error; }));
  }, 180_000);
  afterAll(async () => {
    await publisher?.close();
    await world?.close();
  });

  it('with the broker down every command is accepted and stored; every event is delivered once it is back', async () => {
    const COUNT = 40;
    await world.kafka.down();
    for (let i = 0; i < COUNT; i++) {
      const organisationId = `org-outage-${i}`;
      const token = await world.token('applicant', { organisationId });
      await world.http.post('/api/organisations').set(auth(token)).send(organisationBody({ legalName: `Outage ${i} OÜ` })).expect(201);
    }
    const stored = await world.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM intake.events WHERE type = 'OrganisationRegistered' AND stream_id LIKE 'organisation-org-outage-%'`);
    expect(stored.rows[0].n).toBe(COUNT);
    // Nothing reached governance while the broker was down.
    const during = await world.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM governance.inbox`);
    expect(during.rows[0].n).toBe(0);

    await new Promise((r) => setTimeout(r, 3_000));
    await world.kafka.up();
    const known = async () => (await world.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM governance.inbox`)).rows[0].n;
    await waitFor(async () => (await known()) >= COUNT, 'governance to learn every organisation', { timeoutMs: 120_000, intervalMs: 250 });
    await world.settle();
    expect(await known()).toBe(COUNT);
    const published = (await readTopic(world.kafka.brokers, topicFor('intake'))).filter((r) => headersOf(r).ce_type === IntakeEvents.OrganisationRegistered.type);
    expect(new Set(published.map((r) => r.key)).size).toBe(COUNT);
  }, 300_000);

  it('a malformed message and one whose handler always fails end on the .dlq with the reason; the events after them are handled', async () => {
    // An eligible application to award, so that the good message after the bad ones has an effect.
    const applicant = await world.token('applicant', { organisationId: 'org-dlq' });
    const officer = await world.token('intake-officer');
    await world.http.post('/api/organisations').set(auth(applicant)).send(organisationBody({ legalName: 'Poison Pills OÜ' })).expect(201);
    await world.settle();
    await world.http.post('/api/governance/organisations/org-dlq/signatures').set(auth(applicant)).send({ pledgeVersion: 1, optionalCommitments: [] }).expect(201);
    await world.settle();
    const drafted = await world.http.post('/api/applications').set(auth(applicant)).send({ organisationId: 'org-dlq', proposal: proposalBody({ mode: 'playground', gpuHours: 4000 }) }).expect(201);
    const applicationId = drafted.body.applicationId as string;
    await world.http.post(`/api/applications/${applicationId}/submit`).set(auth(applicant)).expect(200);
    await world.http.post(`/api/applications/${applicationId}/screening/start`).set(auth(officer)).expect(200);
    await world.http.post(`/api/applications/${applicationId}/screening`).set(auth(officer)).send({ decision: 'eligible' }).expect(200);

    // All three on one key, so on one partition, in this order.
    const key = 'alloc-poison';
    const kafka = new Kafka({ brokers: world.kafka.brokers, clientId: 'test-raw', logLevel: logLevel.NOTHING });
    const raw = kafka.producer();
    await raw.connect();
    await raw.send({ topic: topicFor('allocation'), acks: -1, messages: [{ key, value: 'this is not JSON', headers: { ce_type: AllocationEvents.AllocationAwarded.type } }] });
    await raw.disconnect();
    const award = (forApplication: string) =>
      createIntegrationEvent(AllocationEvents.AllocationAwarded, {
        id: newEventId(), subject: key, time: world.now().toISOString(), correlationId: newEventId(), causationId: null,
        data: { allocationId: key, applicationId: forApplication, organisationId: 'org-dlq', projectId: 'EHPC-AIF-2026PG01-0999', mode: 'playground', system: 'leonardo', partition: 'booster', gpuHours: 4000, monthlyQuotaGpuHours: 2000, start: '2027-01-04', end: '2027-03-04', partial: false },
      });
    await publisher.publish(topicFor('allocation'), [award('no-such-application'), award(applicationId)]);

    await waitFor(async () => {
      const read = await world.http.get(`/api/applications/${applicationId}`).set(auth(applicant));
      return read.body.status === 'awarded';
    }, 'the award after the poison messages', { timeoutMs: 120_000, intervalMs: 250 });
    const dead = (await readTopic(world.kafka.brokers, `${topicFor('allocation')}.dlq`)).filter((r) => headersOf(r)['dlq-group'] === 'intake.allocation-outcomes');
    expect(dead.map((r) => headersOf(r)['dlq-reason'])).toEqual([expect.stringMatching(/JSON/i), expect.stringMatching(/not-found|does not exist|no such|not registered/i)]);
    expect(dead.map((r) => r.key)).toEqual([key, key]);
  }, 300_000);
});
