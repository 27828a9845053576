import { GovernanceEvents } from '@hpc-access/contracts';
import { organisationBody, proposalBody, startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { IntakeModule } from '../../intake.module';
import { IntakeRuntime } from '../../intake-runtime';

describe('the programme configuration over HTTP', () => {
  let svc: ServiceHarness;
  let admin: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    svc = await startServiceHarness({ module: ({ db, bus, clock }) => IntakeModule.register({ db, bus, clock }), runtimes: [IntakeRuntime] });
    admin = await svc.token('administrator');
  });
  afterAll(() => svc.close());

  const eventCount = async () => (await svc.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM intake.events WHERE stream_id = 'programme-configuration'`)).rows[0].n;

  it('is seeded at first start and read with its revision', async () => {
    const read = await svc.http.get('/api/intake/configuration').set(auth(admin)).expect(200);
    expect(read.headers.etag).toBe('"0"');
    expect(read.body.rules.modes.playground).toEqual({ code: 'PG', minGpuHours: 1, maxGpuHours: 5000, durationsMonths: [1, 2, 3], targetWorkingDays: 2, intake: 'continuous' });
    expect(read.body.rules.systems).toHaveLength(9);
  });

  it('bad input is refused naming the field, and changes nothing', async () => {
    const { body: current } = await svc.http.get('/api/intake/configuration').set(auth(admin)).expect(200);
    const broken = { ...current.rules, modes: { ...current.rules.modes, playground: { ...current.rules.modes.playground, maxGpuHours: -1 } } };
    const res = await svc.http.put('/api/intake/configuration').set(auth(admin)).send({ rules: broken, reason: 'typo' }).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'rules.modes.playground.maxGpuHours' })]);
    const inverted = { ...current.rules, modes: { ...current.rules.modes, playground: { ...current.rules.modes.playground, minGpuHours: 9000 } } };
    const nonsense = await svc.http.put('/api/intake/configuration').set(auth(admin)).send({ rules: inverted, reason: 'typo' }).expect(422);
    expect(nonsense.body).toMatchObject({ code: 'limits-inverted' });
    expect(await eventCount()).toBe(1);
  });

  it('only an administrator changes it; an auditor reads; a stale If-Match is refused', async () => {
    const { body: current } = await svc.http.get('/api/intake/configuration').set(auth(admin)).expect(200);
    const officer = await svc.token('intake-officer');
    await svc.http.put('/api/intake/configuration').set(auth(officer)).send({ rules: current.rules, reason: 'x' }).expect(403);
    await svc.http.put('/api/intake/configuration').send({ rules: current.rules, reason: 'x' }).expect(401);
    await svc.http.get('/api/intake/configuration').set(auth(await svc.token('auditor'))).expect(200);
    await svc.http.put('/api/intake/configuration').set(auth(admin)).set('If-Match', '"7"').send({ rules: current.rules, reason: 'x' }).expect(412);
    expect(await eventCount()).toBe(1);
  });

  it('a change holds for the next screening: a larger playground package passes', async () => {
    const officer = await svc.token('intake-officer');
    const applicant = await svc.token('applicant', { organisationId: 'org-aurora' });
    await svc.http.post('/api/organisations').set(auth(applicant)).send(organisationBody()).expect(201);
    await svc.publish(GovernanceEvents.PledgeSigned, 'org-aurora', { organisationId: 'org-aurora', pledgeVersion: 1, signedBy: 'rep', signedAt: svc.clock.now().toISOString() });
    await svc.settle();
    const screen = async () => {
      const drafted = await svc.http.post('/api/applications').set(auth(applicant)).send({ organisationId: 'org-aurora', proposal: proposalBody({ mode: 'playground', gpuHours: 5500 }) }).expect(201);
      const id = drafted.body.applicationId as string;
      await svc.http.post(`/api/applications/${id}/submit`).set(auth(applicant)).expect(200);
      const started = await svc.http.post(`/api/applications/${id}/screening/start`).set(auth(officer)).expect(200);
      return started.body.checks.find((c: { rule: string }) => c.rule === 'within-mode-limits');
    };
    expect(await screen()).toMatchObject({ passed: false });

    const { body: current } = await svc.http.get('/api/intake/configuration').set(auth(admin)).expect(200);
    const larger = { ...current.rules, modes: { ...current.rules.modes, playground: { ...current.rules.modes.playground, maxGpuHours: 6000 } } };
    const changed = await svc.http.put('/api/intake/configuration').set(auth(admin)).set('If-Match', '"0"').send({ rules: larger, reason: '2027 terms of reference' }).expect(200);
    expect(changed.headers.etag).toBe('"1"');
    expect(await screen()).toEqual({ rule: 'within-mode-limits', passed: true, reason: '5500 GPU-hours within playground limits' });
  });

  it('shows its history to staff and the auditor: who changed which rules, when and why; never to an applicant', async () => {
    const { body: current } = await svc.http.get('/api/intake/configuration').set(auth(admin)).expect(200);
    const days = (n: number) => ({ ...current.rules, modes: { ...current.rules.modes, playground: { ...current.rules.modes.playground, targetWorkingDays: n } } });
    await svc.http.put('/api/intake/configuration').set(auth(admin)).send({ rules: days(3), reason: 'screening takes longer' }).expect(200);
    await svc.http.put('/api/intake/configuration').set(auth(admin)).send({ rules: days(4), reason: 'and longer still' }).expect(200);
    const history = await svc.http.get('/api/intake/configuration/history').set(auth(await svc.token('auditor'))).expect(200);
    const events = history.body.events as Array<{ type: string; revision: number; actor: { role: string }; configuration: { modes: { playground: { targetWorkingDays: number } } }; reason: string | null }>;
    expect(events[0]).toMatchObject({ type: 'ProgrammeConfigurationSeeded', revision: 0, actor: { id: 'intake', role: 'system' }, reason: null });
    expect(events.slice(-2).map((e) => [e.type, e.actor.role, e.configuration.modes.playground.targetWorkingDays, e.reason])).toEqual([
      ['ProgrammeConfigurationChanged', 'administrator', 3, 'screening takes longer'],
      ['ProgrammeConfigurationChanged', 'administrator', 4, 'and longer still'],
    ]);
    await svc.http.get('/api/intake/configuration/history').set(auth(await svc.token('intake-officer'))).expect(200);
    await svc.http.get('/api/intake/configuration/history').set(auth(await svc.token('applicant', { organisationId: 'org-aurora' }))).expect(403);
  });
});
