import { watchStorage, type Database, type Sql } from '@hpc-access/sql';
import { organisationBody, startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { IntakeModule } from './intake.module';
import { IntakeRuntime } from './intake-runtime';

const WRITE = /^\s*(INSERT|UPDATE|DELETE|MERGE|CREATE|ALTER|DROP|TRUNCATE|COPY|WITH)\b|append_events\(/i;

/**
 * The database as it behaves on a full disk: every write fails as PostgreSQL and PGlite fail it
 * (SQLSTATE 53100, as PGlite threw it on a full tmpfs), reads answer. Below the storage watch, as
 * the driver is.
 */
function fullDisk(db: Database): { db: Database; full: boolean } {
  const control = { full: false, db: db };
  const guard = <T>(text: string, run: () => Promise<T>): Promise<T> =>
    control.full && WRITE.test(text)
      ? Promise.reject(Object.assign(new Error('could not extend file "base/5/16384": No space left on device'), { code: '53100', severity: 'ERROR' }))
      : run();
  const guarded = (sql: Sql): Sql => ({
    query: (text, params) => guard(text, () => sql.query(text, params)),
    ...(sql.queryPrepared ? { queryPrepared: (statement, params) => guard(statement.text, () => sql.queryPrepared!(statement, params)) } : {}),
  }) as Sql;
  control.db = watchStorage({ ...db, ...guarded(db), transaction: (fn) => db.transaction((tx) => fn(guarded(tx))) } as Database);
  return control;
}

// Issue 12, point 4: when storage is full, writes answer 503 and the process is not ready, until a write succeeds again.
describe('intake when storage is full', () => {
  let svc: ServiceHarness;
  let disk: { db: Database; full: boolean };
  let officer: string;

  beforeAll(async () => {
    svc = await startServiceHarness({
      module: ({ db, bus, clock }) => {
        disk = fullDisk(db);
        return IntakeModule.register({ db: disk.db, bus, clock });
      },
      runtimes: [IntakeRuntime],
    });
    officer = await svc.token('intake-officer');
  });
  afterAll(() => svc.close());

  const register = (organisationId: string) =>
    svc.http.post('/api/organisations').set('Authorization', `Bearer ${officer}`).send(organisationBody({ organisationId }));
  const registrations = async () =>
    (await svc.db.query<{ stream_id: string }>(`SELECT stream_id FROM intake.events WHERE type = 'OrganisationRegistered' ORDER BY global_position`)).rows.map((r) => r.stream_id);

  it('a write answers 503 problem+json with Retry-After, readiness goes down, and what was stored stays readable', async () => {
    await register('org-stored').expect(201);
    disk.full = true;

    const refused = await register('org-refused').expect(503);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.headers['retry-after']).toBe('60');
    expect(refused.body).toMatchObject({ status: 503, code: 'storage-full' });

    const ready = await svc.http.get('/health/ready').expect(503);
    expect(ready.body.detail).toMatch(/"storage":"full: could not extend file/);
    expect(ready.body.detail).toMatch(/"intake-database":"up"/);
    await svc.http.get('/api/organisations/org-stored').set('Authorization', `Bearer ${officer}`).expect(200);
    expect(await registrations()).toEqual(['organisation-org-stored']);
  });

  it('once space is back, the next write succeeds and readiness comes back', async () => {
    disk.full = false;
    await register('org-refused').expect(201);
    const ready = await svc.http.get('/health/ready').expect(200);
    expect(ready.body.checks.storage).toBe('up');
    expect(await registrations()).toEqual(['organisation-org-stored', 'organisation-org-refused']);
  });
});
