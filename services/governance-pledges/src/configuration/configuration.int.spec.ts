import type { ServiceHarness } from '@hpc-access/service-testing';
import { auth, startGovernance } from '../testing-only/governance-harness';

const seeded = { attestationPeriodMonths: 3, attestationWindowDays: 30, attestationReminderDays: 14, gracePeriodDays: 30, resignPeriodDays: 60, computeTolerancePercent: 10 };

describe('governance configuration over HTTP', () => {
  let svc: ServiceHarness;
  let officer: string;

  beforeAll(async () => {
    svc = await startGovernance();
    officer = await svc.token('governance-officer', { userId: 'gov-1' });
  });
  afterAll(() => svc.close());

  it('is seeded from infra/seed/governance-pledges.json and read by officers, administrators and the auditor', async () => {
    const read = await svc.http.get('/api/governance/configuration').set(auth(officer)).expect(200);
    expect(read.headers.etag).toBe('"0"');
    expect(read.body).toEqual({ ...seeded, revision: 0 });
    await svc.http.get('/api/governance/configuration').set(auth(await svc.token('auditor'))).expect(200);
    await svc.http.get('/api/governance/configuration').set(auth(await svc.token('administrator'))).expect(200);
    await svc.http.get('/api/governance/configuration').set(auth(await svc.token('applicant'))).expect(403);
    await svc.http.get('/api/governance/configuration').expect(401);
  });

  it('refuses out-of-range or missing numbers, naming each, and changes nothing', async () => {
    const bad = await svc.http.put('/api/governance/configuration').set(auth(officer))
      .send({ ...seeded, attestationPeriodMonths: 0, gracePeriodDays: 1.5, resignPeriodDays: undefined, attestationReminderDays: 0, color: 'red' }).expect(400);
    expect(bad.body.errors).toEqual(expect.arrayContaining([
      { field: 'attestationReminderDays', reason: 'attestationReminderDays must not be less than 1' },
      { field: 'attestationPeriodMonths', reason: 'attestationPeriodMonths must not be less than 1' },
      { field: 'gracePeriodDays', reason: 'gracePeriodDays must be an integer number' },
      { field: 'resignPeriodDays', reason: 'resignPeriodDays must be an integer number' },
      { field: 'color', reason: 'property color should not exist' },
    ]));
    expect((await svc.http.get('/api/governance/configuration').set(auth(officer))).body.revision).toBe(0);
  });

  it('lets only officers and administrators change it, never the auditor', async () => {
    await svc.http.put('/api/governance/configuration').set(auth(await svc.token('auditor'))).send(seeded).expect(403);
    await svc.http.put('/api/governance/configuration').set(auth(await svc.token('ethics-chair'))).send(seeded).expect(403);
    await svc.http.put('/api/governance/configuration').send(seeded).expect(401);
  });

  it('records each change as an event, honouring If-Match', async () => {
    await svc.http.put('/api/governance/configuration').set(auth(officer)).set('If-Match', '"4"').send({ ...seeded, gracePeriodDays: 14 }).expect(412);
    const changed = await svc.http.put('/api/governance/configuration').set(auth(officer)).set('If-Match', '"0"').send({ ...seeded, gracePeriodDays: 14 }).expect(200);
    expect(changed.headers.etag).toBe('"1"');
    expect(changed.body).toEqual({ ...seeded, gracePeriodDays: 14, revision: 1 });
    const admin = await svc.token('administrator', { userId: 'admin-1' });
    const again = await svc.http.put('/api/governance/configuration').set(auth(admin)).set('If-Match', '"1"').send({ ...seeded, gracePeriodDays: 14, computeTolerancePercent: 12.5 }).expect(200);
    expect(again.body).toMatchObject({ computeTolerancePercent: 12.5, revision: 2 });
    const unchanged = await svc.http.put('/api/governance/configuration').set(auth(admin)).send({ ...seeded, gracePeriodDays: 14, computeTolerancePercent: 12.5 }).expect(200);
    expect(unchanged.body.revision).toBe(2);
  });

  it('keeps the reminder days in force when a client written before reminders leaves them out, and changes them when given', async () => {
    const { attestationReminderDays: _left, ...withoutReminder } = seeded;
    const kept = await svc.http.put('/api/governance/configuration').set(auth(officer)).send({ ...withoutReminder, gracePeriodDays: 14, computeTolerancePercent: 12.5 }).expect(200);
    expect(kept.body).toMatchObject({ attestationReminderDays: 14, revision: 2 });
    const changed = await svc.http.put('/api/governance/configuration').set(auth(officer)).send({ ...seeded, gracePeriodDays: 14, computeTolerancePercent: 12.5, attestationReminderDays: 7 }).expect(200);
    expect(changed.body).toMatchObject({ attestationReminderDays: 7, revision: 3 });
    const keptAgain = await svc.http.put('/api/governance/configuration').set(auth(officer)).send({ ...withoutReminder, gracePeriodDays: 14, computeTolerancePercent: 12.5 }).expect(200);
    expect(keptAgain.body).toMatchObject({ attestationReminderDays: 7, revision: 3 });
  });

  it('answers health and metrics', async () => {
    const ready = await svc.http.get('/health/ready').expect(200);
    expect(ready.body.checks['governance-database']).toBe('up');
    const metrics = await svc.http.get('/metrics').expect(200);
    expect(metrics.text).toContain('governance_pending_deadlines 0');
    expect(metrics.text).toContain('governance_open_breaches 0');
  });

  it('shows its history to officers, administrators and the auditor: who changed what and when; never to an applicant', async () => {
    const { revision: _revision, ...current } = (await svc.http.get('/api/governance/configuration').set(auth(officer)).expect(200)).body;
    await svc.http.put('/api/governance/configuration').set(auth(officer)).send({ ...current, gracePeriodDays: current.gracePeriodDays + 1 }).expect(200);
    await svc.http.put('/api/governance/configuration').set(auth(await svc.token('administrator', { userId: 'admin-1' }))).send({ ...current, gracePeriodDays: current.gracePeriodDays + 2 }).expect(200);
    const history = await svc.http.get('/api/governance/configuration/history').set(auth(await svc.token('auditor'))).expect(200);
    const events = history.body.events as Array<{ type: string; revision: number; actor: { id: string; role: string }; configuration: Record<string, number>; reason: string | null }>;
    expect(events[0]).toMatchObject({ type: 'ConfigurationSeeded', revision: 0, actor: { role: 'system' }, reason: null });
    expect(events.slice(-2).map((e) => [e.actor, e.configuration['gracePeriodDays'], e.reason])).toEqual([
      [{ id: 'gov-1', role: 'governance-officer' }, current.gracePeriodDays + 1, null],
      [{ id: 'admin-1', role: 'administrator' }, current.gracePeriodDays + 2, null],
    ]);
    await svc.http.get('/api/governance/configuration/history').set(auth(await svc.token('applicant'))).expect(403);
    await svc.http.get('/api/governance/configuration/history').expect(401);
  });
});
