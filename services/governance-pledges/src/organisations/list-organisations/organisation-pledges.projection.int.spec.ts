import type { RecordedEvent } from '@hpc-access/eventsourcing';
import { openPglite, runMigrations, type Database } from '@hpc-access/sql';
import { governanceMigrations } from '../../governance-pledges-migrations';
import { T0, breached, obligationOverdue, obligationRecorded, overdue, recorded, signed } from '../../testing-only/organisation-spec-fixtures';
import type { OrganisationPledgeEvent } from '../domain/organisation-pledge';
import { organisationPledgesProjection } from './organisation-pledges.projection';

const asRecorded = (events: OrganisationPledgeEvent[]): RecordedEvent[] => events.map((e, i) => ({
  eventId: `e-${i}`, type: e.type, streamId: 'organisation-pledge-org-1', streamPosition: i, globalPosition: String(i + 1), transactionId: '1',
  recordedAt: new Date(T0), data: e.data, metadata: { correlationId: 'c', causationId: null, actor: { id: 'a', role: 'r' }, schemaVersion: 1 }, hash: 'h', prevHash: null,
}));

describe('the organisations\' pledge read model', () => {
  let db: Database;
  const projection = organisationPledgesProjection('gov');
  const rows = async () => (await db.query('SELECT organisation_id, status, signed_version, attestation_overdue, open_breaches, open_obligations, overdue_obligations, suspended, revision FROM gov.organisation_pledges')).rows;
  const apply = (events: RecordedEvent[]) => db.transaction(async (tx) => { for (const event of events) await projection.apply(tx, event); });

  beforeAll(async () => {
    db = await openPglite();
    await runMigrations(db, 'gov', governanceMigrations('gov'));
  });
  afterAll(() => db.close());

  it('keeps one row per organisation with the columns lists filter on, and gives the same table when the events come twice', async () => {
    const events = asRecorded([recorded, signed(), overdue(), obligationRecorded(), obligationOverdue(), breached('b-1', 'attestation-overdue', '2027-02-02T09:00:00.000Z')]);
    await apply(events);
    const once = await rows();
    expect(once).toEqual([{ organisation_id: 'org-1', status: 'signed', signed_version: 1, attestation_overdue: true, open_breaches: 1, open_obligations: 1, overdue_obligations: 1, suspended: false, revision: 5 }]);
    await apply(events);
    expect(await rows()).toEqual(once);
  });

  it('is emptied for a rebuild', async () => {
    await db.transaction((tx) => projection.reset(tx));
    expect(await rows()).toEqual([]);
  });
});
