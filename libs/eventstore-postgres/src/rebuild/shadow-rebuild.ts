import { checkpointOf, compareCheckpoints, START, type Checkpoint, type EventStore, type Projection, type RecordedEvent } from '@hpc-access/eventsourcing';
import { assertSchemaName, type Database, type Sql } from '@hpc-access/sql';
import { ProjectionCheckpoints } from '../projection-checkpoints';

/** A projection that can be built in any schema: its tables must be `${schema}.<table>` (ADR 31). */
export type ProjectionInSchema = (schema: string) => Projection<Sql> & { readonly tables?: readonly string[] };

export interface RebuildProgress {
  projection: string;
  phase: 'replaying' | 'swapping' | 'done';
  done: number;
  total: number;
  eventsPerSecond: number;
}

export interface ShadowRebuildOptions {
  db: Database;
  /** The store the live runner reads (the decrypting one where the projection needs personal data in clear). */
  store: EventStore;
  /** The service's schema: the live tables and projection_checkpoints. */
  schema: string;
  build: ProjectionInSchema;
  batchSize?: number;
  /** Awaited: the rebuild waits for it (a caller may read the live model meanwhile). */
  onProgress?(progress: RebuildProgress): void | Promise<void>;
  /** How long an empty read may wait for events counted at the start to become readable (30 s). */
  visibilityWaitMs?: number;
  /** How many times the swap may find the live runner ahead of the shadow before it gives up. */
  maxSwapAttempts?: number;
}

/** Why a projection cannot be rebuilt in a shadow schema; said before anything is touched. */
export class NotRebuildableError extends Error {}

/**
 * Rebuilds a projection's tables in a shadow schema (`<schema>_rebuild`) while the live ones keep
 * answering, then swaps them in one transaction: the live checkpoint row is locked first (so the
 * live runner, which locks it first in each batch, waits), the live tables are dropped, the shadow
 * ones moved into the service's schema, and the checkpoint set to the last event the shadow folded.
 * If the live runner got further than the shadow meanwhile, the swap rolls back and the shadow
 * catches up again; after the swap the runner skips what the shadow folded and applies the rest.
 */
export async function rebuildInShadow(options: ShadowRebuildOptions): Promise<{ events: number; checkpoint: Checkpoint }> {
  const schema = assertSchemaName(options.schema);
  const shadow = shadowSchemaOf(schema);
  const live = options.build(schema);
  const tables = tablesIn(live, schema);
  const projection = options.build(shadow);
  if (projection.name !== live.name || JSON.stringify(tablesIn(projection, shadow)) !== JSON.stringify(tables)) {
    throw new NotRebuildableError(`projection ${live.name} does not name its tables after the schema it is given: it cannot be rebuilt in a shadow schema`);
  }
  const { db, store } = options;
  const batchSize = options.batchSize ?? 500;
  const checkpoints = new ProjectionCheckpoints(schema);
  for (const table of ['events', 'projection_checkpoints', ...tables]) {
    const { rows } = await db.query<{ found: string | null }>(`SELECT to_regclass($1)::text AS found`, [`${schema}.${table}`]);
    if (!rows[0]?.found) throw new Error(`${schema}.${table} does not exist: the service has not run its migrations on this database (start it once)`);
  }
  const total = Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${schema}.events`)).rows[0].n);
  const started = Date.now();
  let done = 0;
  let at: Checkpoint = START;
  const report = (phase: RebuildProgress['phase']) =>
    options.onProgress?.({ projection: live.name, phase, done, total: Math.max(total, done), eventsPerSecond: Math.round(done / Math.max((Date.now() - started) / 1000, 0.001)) });

  await db.transaction(async (tx) => {
    await tx.query(`DROP SCHEMA IF EXISTS ${shadow} CASCADE`);
    await tx.query(`CREATE SCHEMA ${shadow}`);
    // LIKE ... INCLUDING ALL: the live table's columns, defaults, identity, constraints and indexes.
    for (const table of tables) {
      await tx.query(`CREATE TABLE ${shadow}.${table} (LIKE ${schema}.${table} INCLUDING ALL)`);
      // Run by another role than the service's (a superuser's CLI), the new table would stay that
      // role's and the service could no longer write it: it goes to the live table's owner.
      const { rows } = await tx.query<{ owner: string; me: string }>(
        `SELECT tableowner AS owner, current_user AS me FROM pg_tables WHERE schemaname = $1 AND tablename = $2`,
        [schema, table],
      );
      if (rows[0] && rows[0].owner !== rows[0].me) await tx.query(`ALTER TABLE ${shadow}.${table} OWNER TO "${rows[0].owner.replace(/"/g, '""')}"`);
    }
  });

  const catchUp = async () => {
    const patience = Date.now() + (options.visibilityWaitMs ?? 30_000);
    for (;;) {
      const events = await store.readAll({ after: at, maxCount: batchSize });
      if (events.length === 0) {
        // The store hides events a still-open transaction could precede (on a server, any open
        // transaction): the events counted at the start are waited for a while, not taken as absent.
        if (done >= total || Date.now() > patience) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
        continue;
      }
      await db.transaction(async (tx) => {
        for (const event of events) if (handles(projection, event)) await projection.apply(tx, event);
      });
      at = checkpointOf(events[events.length - 1]);
      done += events.length;
      await report('replaying');
    }
  };

  try {
    for (let attempt = 1; ; attempt++) {
      await catchUp();
      await report('swapping');
      const swapped = await db.transaction(async (tx) => {
        const current = await checkpoints.lock(tx, live.name);
        if (compareCheckpoints(current, at) > 0) return false;
        for (const table of tables) {
          await tx.query(`DROP TABLE ${schema}.${table}`);
          await tx.query(`ALTER TABLE ${shadow}.${table} SET SCHEMA ${schema}`);
        }
        await checkpoints.save(tx, live.name, at);
        await tx.query(`DROP SCHEMA ${shadow}`);
        return true;
      });
      if (swapped) break;
      if (attempt >= (options.maxSwapAttempts ?? 20)) throw new Error(`projection ${live.name}: the live runner kept ahead of the rebuild; try again when appends are quieter`);
    }
  } catch (error) {
    await db.query(`DROP SCHEMA IF EXISTS ${shadow} CASCADE`).catch(() => undefined);
    throw error;
  }
  await report('done');
  return { events: done, checkpoint: at };
}

export function shadowSchemaOf(schema: string): string {
  return assertSchemaName(`${schema}_rebuild`);
}

function handles(projection: Projection<Sql>, event: RecordedEvent): boolean {
  return !projection.handles || projection.handles.includes(event.type);
}

/** The projection's tables without their schema; refuses a projection that does not say them. */
function tablesIn(projection: ReturnType<ProjectionInSchema>, schema: string): string[] {
  if (!projection.tables || projection.tables.length === 0) {
    throw new NotRebuildableError(`projection ${projection.name} does not name its tables (not a row projection): it cannot be rebuilt in a shadow schema`);
  }
  return projection.tables.map((qualified) => {
    const [owner, table, ...rest] = qualified.split('.');
    if (owner !== schema || !table || rest.length > 0 || !/^[a-z_][a-z0-9_]*$/.test(table)) {
      throw new NotRebuildableError(`projection ${projection.name} writes ${qualified}, not a table of schema ${schema}: it cannot be rebuilt in a shadow schema`);
    }
    return table;
  });
}
