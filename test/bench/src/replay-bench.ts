import { checkpointOf, START, type RecordedEvent } from '@hpc-access/eventsourcing';
import type { PostgresEventStore } from '@hpc-access/eventstore-postgres';
import type { Database } from '@hpc-access/sql';
import { createRawTable, rawSelectPage } from './raw-baseline';
import { addTo, emptyMeasurement, type Measurement } from './stats';

/** What a projection keeps from the whole history: a fold that touches every event. */
export interface ReplayState {
  events: number;
  gpuHours: number;
  byType: Record<string, number>;
}

const fold = (state: ReplayState, type: string, data: unknown): void => {
  state.events++;
  state.gpuHours += (data as { gpuHours?: number }).gpuHours ?? 0;
  state.byType[type] = (state.byType[type] ?? 0) + 1;
};

const newState = (): ReplayState => ({ events: 0, gpuHours: 0, byType: {} });

/** Replays $all through the store: readAll page by page from START, checkpoint to checkpoint. */
export async function replayThroughStore(store: PostgresEventStore, pageSize: number, onPage?: (events: RecordedEvent[]) => void): Promise<{ state: ReplayState; measurement: Measurement }> {
  const state = newState();
  const latenciesMs: number[] = [];
  const start = performance.now();
  for (let after = START; ; ) {
    const t0 = performance.now();
    const page = await store.readAll({ after, maxCount: pageSize });
    for (const event of page) fold(state, event.type, event.data);
    latenciesMs.push(performance.now() - t0);
    onPage?.(page);
    if (page.length < pageSize) break;
    after = checkpointOf(page[page.length - 1]);
  }
  return { state, measurement: { events: state.events, seconds: (performance.now() - start) / 1000, latenciesMs } };
}

/** The baseline: the same rows and columns with a plain keyset SELECT, the same fold. */
export async function replayRaw(db: Database, table: string, pageSize: number): Promise<{ state: ReplayState; measurement: Measurement }> {
  const state = newState();
  const latenciesMs: number[] = [];
  const start = performance.now();
  for (let after = '0'; ; ) {
    const t0 = performance.now();
    const page = await rawSelectPage(db, table, after, pageSize);
    for (const row of page) fold(state, row.type, row.data);
    latenciesMs.push(performance.now() - t0);
    if (page.length < pageSize) break;
    after = page[page.length - 1].global_position;
  }
  return { state, measurement: { events: state.events, seconds: (performance.now() - start) / 1000, latenciesMs } };
}

/** Store and baseline replay the same rows, alternating, after one warm-up pass each. */
export async function benchReplay(db: Database, store: PostgresEventStore, pageSize: number, rounds: number): Promise<{ store: Measurement; raw: Measurement }> {
  const raw = await createRawTable(db, store.schema);
  await db.query(`INSERT INTO ${raw} SELECT * FROM ${store.schema}.events`);
  // Both tables vacuumed and analysed: same physical state, and no autovacuum of the freshly
  // loaded store table running into the measurement of one side only.
  await db.query(`VACUUM ANALYZE ${raw}`);
  await db.query(`VACUUM ANALYZE ${store.schema}.events`);
  const warmStore = await replayThroughStore(store, pageSize);
  const warmRaw = await replayRaw(db, raw, pageSize);
  if (JSON.stringify(warmStore.state) !== JSON.stringify(warmRaw.state)) throw new Error('store and baseline replays disagree');
  const totals = { store: emptyMeasurement(), raw: emptyMeasurement() };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['raw', 'store'] as const) : (['store', 'raw'] as const);
    for (const side of order) {
      const { measurement } = side === 'store' ? await replayThroughStore(store, pageSize) : await replayRaw(db, raw, pageSize);
      addTo(totals[side], measurement);
    }
  }
  return totals;
}
