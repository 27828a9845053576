import { AuditRuntime } from '@hpc-access/audit';
import { topicFor } from '@hpc-access/contracts';
import { organisationBody } from '@hpc-access/service-testing';
import { SCHEDULER, type Scheduler } from '@hpc-access/scheduler';
import { openPglite, type Database } from '@hpc-access/sql';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { publishPledgeSigned } from '../testing-only/governance-events';
import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';
import { openCallSoon } from './scenarios/rules-across-services-steps';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const DAY = 86_400_000;

const eventCount = async (db: Database, schema: string) => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.events`)).rows[0].n);

// ADR 28: an altered history stops every writer of the embedded process, not only HTTP commands.
describe('after the start-up check found the history altered, no writer of the embedded process appends', () => {
  let platform: PlatformHarness;

  afterAll(async () => {
    await platform?.close({ keepData: true }).catch(() => undefined);
    if (platform) rmSync(platform.dataDir, { recursive: true, force: true });
  });

  it('a bus message stays pending and unapplied, a due deadline does not fire, readiness is down', async () => {
    platform = await startPlatform({ persist: true });
    const officer = await platform.token('intake-officer');
    await platform.http.post('/api/organisations').set(auth(officer)).send(organisationBody({ organisationId: 'org-kept' })).expect(201);
    await platform.http.post('/api/organisations').set(auth(officer)).send(organisationBody({ organisationId: 'org-cut', legalName: 'Cut AI Oy', country: 'FI' })).expect(201);
    // A deadline of allocation's: the call's cut-off, two working days on.
    const { callId, cutOffAt } = await openCallSoon(platform, await platform.as('allocation-committee', { userId: 'alt-cora', organisationId: 'org-rc-programme-office' }));
    await platform.settle();
    await platform.app.get(AuditRuntime).checkpointNow();
    const { dataDir } = platform;
    await platform.close({ keepData: true });

    // A database administrator deletes an organisation's stream behind the platform's back.
    const raw = await openPglite(join(dataDir, 'pglite'));
    await raw.transaction(async (tx) => {
      await tx.query('SET LOCAL session_replication_role = replica');
      await tx.query(`DELETE FROM intake.events WHERE stream_id = 'organisation-org-cut'`);
    });
    await raw.close();

    platform = await startPlatform({ dataDir, persist: true });
    const ready = await platform.http.get('/health/ready').expect(503);
    expect(ready.body.detail).toContain('history altered: event');
    // The verdict as the other processes of distributed mode read it (libs/service-host's HistoryVerdictWatch).
    const verdict = await platform.db.query<{ altered: string | null }>('SELECT altered FROM audit.history_verdict WHERE id = 1');
    expect(verdict.rows[0].altered).toMatch(/^event [0-9a-f-]{36} \(intake, stream organisation-org-cut/);
    const before = { intake: await eventCount(platform.db, 'intake'), allocation: await eventCount(platform.db, 'allocation') };

    // The cut-off falls due: the scheduler fires nothing and the deadline stays due, its attempts untouched.
    platform.clock.advance(cutOffAt.getTime() - platform.now().getTime() + DAY);
    expect(await platform.app.get<Scheduler>(SCHEDULER).runDue()).toBe(0);
    const deadline = await platform.db.query<{ fired_at: Date | null; attempts: number }>(`SELECT fired_at, attempts FROM allocation.scheduled_commands WHERE key LIKE $1`, [`%${callId}%`]);
    expect(deadline.rows).toEqual([{ fired_at: null, attempts: 0 }]);

    // Governance's PledgeSigned for an intact organisation: intake's reaction is refused, so the
    // message stays unacknowledged (the bus is not idle, and says whose it is) and is not dead-lettered.
    const pledge = await publishPledgeSigned(platform.bus, 'org-kept');
    await expect(platform.bus.idle(1_500)).rejects.toThrow(/intake/);
    expect(platform.bus.records(`${topicFor('governance')}.dlq`)).toEqual([]);
    const kept = await platform.db.query<{ type: string }>(`SELECT type FROM intake.events WHERE stream_id = 'organisation-org-kept' ORDER BY stream_position`);
    expect(kept.rows.map((r) => r.type)).toEqual(['OrganisationRegistered']);
    const inbox = await platform.db.query(`SELECT 1 FROM intake.inbox WHERE event_id = $1`, [pledge.id]);
    expect(inbox.rows).toEqual([]);

    // Nothing was appended anywhere in the meantime; HTTP commands are refused as before.
    expect({ intake: await eventCount(platform.db, 'intake'), allocation: await eventCount(platform.db, 'allocation') }).toEqual(before);
    const write = await platform.http.post('/api/organisations').set(auth(await platform.token('intake-officer'))).send(organisationBody({ organisationId: 'org-later', legalName: 'Later AI Oy', country: 'FI' })).expect(503);
    expect(write.body).toMatchObject({ code: 'history-altered' });
    await platform.http.get('/health/ready').expect(503);
  });
});
