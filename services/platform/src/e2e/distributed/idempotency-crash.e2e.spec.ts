import { pollUntil } from '@hpc-access/testing';
import { organisationBody } from '@hpc-access/service-testing';
import { startDistributed, type DistributedHarness } from '../../testing-only/distributed-harness';

const LEASE_SECONDS = 2;


// Issue 12, point 4: a process killed with SIGKILL while a keyed request is in flight left the key
// pending for ever, and every retry got 409. The retry must be answered.
describe('distributed mode: a keyed request whose process dies', () => {
  let world: DistributedHarness;

  beforeAll(async () => {
    world = await startDistributed({ services: ['intake'], serviceEnv: { IDEMPOTENCY_PENDING_LEASE_SECONDS: String(LEASE_SECONDS) } });
  }, 600_000);
  afterAll(async () => {
    await world?.close();
  });

  it('killed with SIGKILL in the middle of a registration, the retry with the same key is answered', async () => {
    const officer = await world.token('intake-officer');
    const body = JSON.stringify(organisationBody({ organisationId: 'org-crash-mid-request' }));
    const post = (port: number) =>
      fetch(`http://127.0.0.1:${port}/api/organisations`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${officer}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'crash-mid-request' },
        body,
      });
    const [victim] = world.instances('intake');

    // The request is held in flight: the events table is locked, so its append waits.
    let locked!: () => void;
    let release!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const released = new Promise<void>((r) => (release = r));
    const holder = world.db.transaction(async (tx) => {
      await tx.query('LOCK TABLE intake.events IN EXCLUSIVE MODE');
      locked();
      await released;
    });
    await isLocked;
    const inFlight = post(victim.port).catch(() => null);
    await pollUntil(
      async () => (await world.db.query<{ state: string }>("SELECT state FROM intake.idempotency_keys WHERE key = 'crash-mid-request'")).rows[0]?.state,
      (state) => state === 'pending',
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    await pollUntil(
      async () => (await world.db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")).rows[0].n,
      (n) => n > 0,
      { timeoutMs: 30_000, intervalMs: 100 },
    );

    await world.kill(victim, 'SIGKILL');
    expect(await inFlight).toBeNull();
    // The dead process's connections go with it (the server would notice at its next write).
    await world.db.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
    release();
    await holder;

    const restarted = await world.startInstance('intake');
    // Within the lease a retry is told when to come back; after it, the request runs.
    const answer = await pollUntil(() => post(restarted.port), (r) => r.status !== 409, { timeoutMs: (LEASE_SECONDS + 20) * 1000, intervalMs: 100 });
    expect(answer.status).toBe(201);
    const registered = (await answer.json()) as { organisationId: string };
    expect(registered.organisationId).toBe('org-crash-mid-request');

    const replay = await post(restarted.port);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const { rows } = await world.db.query<{ n: number }>("SELECT count(*)::int AS n FROM intake.events WHERE stream_id = 'organisation-org-crash-mid-request'");
    expect(rows[0].n).toBe(1);
  });
});
