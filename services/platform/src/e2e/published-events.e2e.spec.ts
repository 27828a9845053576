import { topicFor, validateIntegrationEvent } from '@hpc-access/contracts';
import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';
import { organisationBody, proposalBody } from '@hpc-access/service-testing';
import { publishPledgeSigned } from '../testing-only/governance-events';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('what intake publishes and consumes', () => {
  let platform: PlatformHarness;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform.close());

  it('publishes its integration events through the relay, in order, valid against the contracts, without personal data', async () => {
    const applicant = await platform.token('applicant', { organisationId: 'org-pub' });
    const officer = await platform.token('intake-officer');
    await platform.http.post('/api/organisations').set(auth(applicant)).send(organisationBody()).expect(201);
    const { body } = await platform.http.post('/api/applications').set(auth(applicant)).send({ organisationId: 'org-pub', proposal: proposalBody() }).expect(201);
    await platform.http.post(`/api/applications/${body.applicationId}/submit`).set(auth(applicant)).expect(200);
    await platform.http.post(`/api/applications/${body.applicationId}/screening/start`).set(auth(officer)).expect(200);
    await platform.http.post(`/api/applications/${body.applicationId}/screening`).set(auth(officer)).send({ decision: 'ineligible', reasons: ['No pledge.'] }).expect(200);
    await platform.settle();

    const records = platform.bus.records(topicFor('intake'));
    const types = records.map((r) => (r.value as { type: string }).type);
    expect(types).toEqual([
      'hpc-access.intake.OrganisationRegistered.v1',
      'hpc-access.intake.ApplicationSubmitted.v1',
      'hpc-access.intake.ApplicationScreened.v1',
    ]);
    for (const record of records) expect(validateIntegrationEvent(record.value)).toMatchObject({ ok: true });
    expect(records[1].key).toBe(body.applicationId);
    expect(records[2].value).toMatchObject({ data: { outcome: 'ineligible', organisationId: 'org-pub' } });
    expect(JSON.stringify(records)).not.toMatch(/Kadri|kadri\.tamm|EE102345678/);
  });

  it('records a redelivered PledgeSigned once (inbox)', async () => {
    const officer = await platform.token('intake-officer');
    await platform.http.post('/api/organisations').set(auth(officer)).send(organisationBody({ organisationId: 'org-twice' })).expect(201);
    const event = await publishPledgeSigned(platform.bus, 'org-twice');
    await publishPledgeSigned(platform.bus, 'org-twice', event.time, event.id);
    await platform.settle();
    const { rows } = await platform.db.query<{ type: string }>(`SELECT type FROM intake.events WHERE stream_id = 'organisation-org-twice' ORDER BY stream_position`);
    expect(rows.map((r) => r.type)).toEqual(['OrganisationRegistered', 'PledgeSignatureRecorded']);
    const history = await platform.db.query<{ metadata: { causationId: string; actor: { role: string } } }>(`SELECT metadata FROM intake.events WHERE stream_id = 'organisation-org-twice' AND stream_position = 1`);
    expect(history.rows[0].metadata).toMatchObject({ causationId: event.id, actor: { role: 'system' } });
  });

  it('sends a malformed governance message to the dead-letter topic and keeps consuming', async () => {
    await platform.bus.publish(topicFor('governance'), [{ id: 'bad-1', type: 'hpc-access.governance.PledgeSigned.v1', source: 'governance', subject: 'org-x', time: 'not a time', correlationId: 'c', causationId: null, data: { organisationId: 'org-x' } }]);
    const officer = await platform.token('intake-officer');
    await platform.http.post('/api/organisations').set(auth(officer)).send(organisationBody({ organisationId: 'org-after-bad' })).expect(201);
    await publishPledgeSigned(platform.bus, 'org-after-bad');
    await platform.settle();
    // Every consumer group of the topic dead-letters it once; intake's is the one under test.
    const dlq = platform.bus.records(`${topicFor('governance')}.dlq`).filter((r) => r.headers['dlq-group'] === 'intake.pledges');
    expect(dlq).toHaveLength(1);
    expect(dlq[0].headers['dlq-reason']).toMatch(/invalid integration event/);
    const org = await platform.http.get('/api/organisations/org-after-bad').set(auth(officer)).expect(200);
    expect(org.body.pledge).not.toBeNull();
  });
});
