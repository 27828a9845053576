import { IntakeEvents, topicFor } from '@hpc-access/contracts';
import { newEventId, type EventStore } from '@hpc-access/eventsourcing';
import { Relay } from '@hpc-access/messaging';
import type { Database } from '@hpc-access/sql';
import { organisationBody, startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { IntakeModule } from '../intake.module';
import { IntakeRuntime } from '../intake-runtime';
import { INTAKE_DB, INTAKE_OPTIONS, INTAKE_STORE, type IntakeOptionsShape } from '../intake.tokens';
import { rules } from '../testing-only/application-spec-fixtures';
import { toIntegrationEvent } from './published-events';
import { loadRulesInForceAt } from './rules-in-force-at';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

// Replay gives the same answers: a relay started from position 0 after the SME rule changed
// publishes every OrganisationRegistered exactly as it was published the first time.
describe('republishing intake from the start', () => {
  let svc: ServiceHarness;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const registrations = () => svc.published(topicFor('intake')).filter((e) => e.type === IntakeEvents.OrganisationRegistered.type);

  beforeAll(async () => {
    svc = await startServiceHarness({ module: ({ db, bus, clock }) => IntakeModule.register({ db, bus, clock }), runtimes: [IntakeRuntime] });
  });
  afterAll(() => svc.close());

  it('gives byte-identical payloads after the SME rule changed, for events recorded with and without their verdict', async () => {
    const store = svc.app.get<EventStore>(INTAKE_STORE);
    // An OrganisationRegistered as it was recorded before the verdict was kept in the event.
    await store.appendToStream('organisation-org-legacy', [{
      eventId: newEventId(), type: 'OrganisationRegistered', recordedAt: svc.clock.now(),
      data: { ...organisationBody({ legalName: 'Legacy Labs SL', country: 'ES' }), organisationId: 'org-legacy', registrationNumber: 'ES1', sme: { staff: 200, turnoverEurM: 10, balanceSheetEurM: 5 }, contacts: [], registeredBy: 'officer', registeredAt: svc.clock.now().toISOString() },
      metadata: { correlationId: 'legacy', causationId: null, actor: { id: 'officer', role: 'intake-officer' }, schemaVersion: 1 },
    }], { expectedRevision: 'no_stream' });
    const applicant = await svc.token('applicant', { organisationId: 'org-tensor' });
    await svc.http.post('/api/organisations').set(auth(applicant)).send(organisationBody({ legalName: 'Tensor Forge GmbH', sme: { staff: 200, turnoverEurM: 10, balanceSheetEurM: 5 } })).expect(201);
    await svc.settle();
    const first = registrations();
    expect(first.map((e) => [e.subject, e.data.sme])).toEqual([['org-legacy', true], ['org-tensor', true]]);

    // The programme lowers the SME staff limit below both organisations' headcount.
    await svc.advance(60_000);
    const admin = await svc.token('administrator');
    await svc.http.put('/api/intake/configuration').set(auth(admin)).send({ rules: { ...rules, sme: { ...rules.sme, maxStaff: 100 } }, reason: 'stricter SME test' }).expect(200);

    const { schema } = svc.app.get<IntakeOptionsShape>(INTAKE_OPTIONS);
    const replay = new Relay({
      name: 'intake.v1-replayed', store, db: svc.app.get<Database>(INTAKE_DB), schema, bus: svc.bus, topic: topicFor('intake'),
      map: toIntegrationEvent(await loadRulesInForceAt(store, rules)), logger: silent,
    });
    await replay.start();
    const deadline = Date.now() + 10_000;
    while (registrations().length < 2 * first.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await replay.stop();
    const again = registrations().slice(first.length);
    expect(again.map((e) => JSON.stringify(e))).toEqual(first.map((e) => JSON.stringify(e)));
  });
});
