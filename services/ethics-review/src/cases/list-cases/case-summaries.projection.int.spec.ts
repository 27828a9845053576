import type { RecordedEvent } from '@hpc-access/eventsourcing';
import { openPglite, runMigrations, type Database } from '@hpc-access/sql';
import { ethicsReviewMigrations } from '../../ethics-review-migrations';
import { APP, assigned, informationRequested, readyForDecision, recused } from '../../testing-only/case-spec-fixtures';
import type { EthicsCaseEvent } from '../domain/ethics-case';
import { caseSummariesProjection } from './case-summaries.projection';

const recordedOf = (events: EthicsCaseEvent[]): RecordedEvent[] =>
  events.map((event, i) => ({
    eventId: `e-${i}`, type: event.type, streamId: `ethics-case-${APP}`, streamPosition: i, globalPosition: String(i + 1), transactionId: '1',
    recordedAt: new Date(Date.UTC(2026, 10, 2, 9, i)), data: event.data, metadata: { correlationId: 'c', causationId: null, actor: { id: 'x', role: 'system' }, schemaVersion: 1 },
    hash: `h${i}`, prevHash: null,
  }));

// A read model rebuilt, or an event applied again, gives the same table (STYLE.md point 7).
describe('the case list read model', () => {
  let db: Database;
  const projection = caseSummariesProjection('ethics');
  const apply = (events: RecordedEvent[]) => db.transaction(async (tx) => { for (const e of events) await projection.apply(tx, e); });
  const tables = async () => ({
    cases: (await db.query('SELECT case_id, status, outcome, reviews_in, reviewers_required, revision FROM ethics.ethics_case_summaries')).rows,
    reviewers: (await db.query('SELECT reviewer_id, state FROM ethics.ethics_case_reviewers ORDER BY reviewer_id')).rows,
  });

  beforeAll(async () => {
    db = await openPglite();
    await runMigrations(db, 'ethics', ethicsReviewMigrations());
  });
  afterAll(() => db.close());

  it('the same events applied twice give the same rows', async () => {
    const events = recordedOf([...readyForDecision, assigned('rev-c'), recused('rev-c'), informationRequested]);
    await apply(events);
    const once = await tables();
    expect(once).toEqual({
      cases: [{ case_id: APP, status: 'information-requested', outcome: null, reviews_in: 2, reviewers_required: 2, revision: 9 }],
      reviewers: [{ reviewer_id: 'rev-a', state: 'reviewed' }, { reviewer_id: 'rev-b', state: 'reviewed' }, { reviewer_id: 'rev-c', state: 'recused' }],
    });
    await apply(events);
    expect(await tables()).toEqual(once);
  });

  it('a reset and a replay rebuild the same rows', async () => {
    const before = await tables();
    await db.transaction((tx) => projection.reset(tx));
    expect((await tables()).cases).toEqual([]);
    await apply(recordedOf([...readyForDecision, assigned('rev-c'), recused('rev-c'), informationRequested]));
    expect(await tables()).toEqual(before);
  });
});
