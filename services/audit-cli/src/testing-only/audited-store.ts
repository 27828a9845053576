import { randomUUID } from 'node:crypto';
import { chainHash, EncryptingEventStore, hashedContent, PersonalDataCipher, type EventToAppend, type PersonalDataPolicy } from '@hpc-access/eventsourcing';
import { PostgresEventStore, PostgresPersonalDataKeys } from '@hpc-access/eventstore-postgres';
import type { Database } from '@hpc-access/sql';

/** The contact's name and e-mail are personal data, encrypted per person before they are hashed. */
const POLICY: PersonalDataPolicy = {
  ApplicationDrafted: [{ path: 'contact', subjectField: 'personId', fields: ['name', 'email'] }],
};

const event = (type: string, data: Record<string, unknown>, at: Date): EventToAppend => ({
  eventId: randomUUID(),
  type,
  data,
  metadata: { correlationId: randomUUID(), causationId: null, actor: { id: 'user-ada', role: 'applicant' }, schemaVersion: 1 },
  recordedAt: at,
});

export interface AuditedStore {
  schema: string;
  keys: PostgresPersonalDataKeys;
  /** Stream id -> its event ids by position. */
  streams: Map<string, string[]>;
}

/**
 * A real store of one service (the adapter, its migrations, crypto-shredding) with `streams`
 * applications of five events each, written interleaved as a service writes them, each with a
 * contact person whose name and e-mail are stored encrypted.
 */
export async function auditedStore(db: Database, schema: string, streams = 4): Promise<AuditedStore> {
  const inner = await PostgresEventStore.open(db, { schema });
  const keys = new PostgresPersonalDataKeys(db, { schema });
  const store = new EncryptingEventStore(inner, new PersonalDataCipher(keys, POLICY));
  const ids = new Map<string, string[]>();
  const start = Date.parse('2026-03-02T09:00:00.000Z');
  const steps = ['ApplicationDrafted', 'ApplicationSubmitted', 'ScreeningStarted', 'ApplicationScreened', 'EthicsCaseOpened'];
  for (let step = 0; step < steps.length; step++) {
    for (let s = 0; s < streams; s++) {
      const streamId = `application-${s + 1}`;
      const at = new Date(start + (step * streams + s) * 61_000 + 7);
      const data: Record<string, unknown> =
        step === 0 ? { applicationId: streamId, gpuHours: 1000 * (s + 1), contact: { personId: `person-${s + 1}`, name: `Ada ${s + 1}`, email: `ada${s + 1}@example.eu` } } : { applicationId: streamId, step };
      const appended = await store.appendToStream(streamId, [event(steps[step], data, at)], { expectedRevision: step === 0 ? 'no_stream' : step - 1 });
      ids.set(streamId, [...(ids.get(streamId) ?? []), appended.events[0].eventId]);
    }
  }
  return { schema, keys, streams: ids };
}

/**
 * What a DBA who owns the table can do (ADR 28): switch the append-only trigger off, change rows,
 * switch it on again. Each returns the event id that verification must name.
 */
export class HostileDba {
  constructor(
    private readonly db: Database,
    private readonly schema: string,
  ) {}

  private async unguarded(statements: string[], params: unknown[][] = []): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(`ALTER TABLE ${this.schema}.events DISABLE TRIGGER events_append_only`);
      for (let i = 0; i < statements.length; i++) await tx.query(statements[i], params[i] ?? []);
      await tx.query(`ALTER TABLE ${this.schema}.events ENABLE TRIGGER events_append_only`);
    });
  }

  editData(eventId: string): Promise<void> {
    return this.unguarded([`UPDATE ${this.schema}.events SET data = jsonb_set(data, '{step}', '99') WHERE event_id = $1`], [[eventId]]);
  }

  editType(eventId: string): Promise<void> {
    return this.unguarded([`UPDATE ${this.schema}.events SET type = 'ApplicationWithdrawn' WHERE event_id = $1`], [[eventId]]);
  }

  editMetadata(eventId: string): Promise<void> {
    return this.unguarded([`UPDATE ${this.schema}.events SET metadata = jsonb_set(metadata, '{actor,role}', '"intake-officer"') WHERE event_id = $1`], [[eventId]]);
  }

  /** Moves the time by a microsecond: below what a JavaScript Date holds. */
  editTime(eventId: string): Promise<void> {
    return this.unguarded([`UPDATE ${this.schema}.events SET recorded_at = recorded_at + interval '1 microsecond' WHERE event_id = $1`], [[eventId]]);
  }

  deleteEvent(eventId: string): Promise<void> {
    return this.unguarded([`DELETE FROM ${this.schema}.events WHERE event_id = $1`], [[eventId]]);
  }

  deleteStream(streamId: string): Promise<void> {
    return this.unguarded([`DELETE FROM ${this.schema}.events WHERE stream_id = $1`], [[streamId]]);
  }

  /** Swaps the positions of two neighbours (through a free position: the unique index checks each row). */
  swap(streamId: string, position: number): Promise<void> {
    const at = `UPDATE ${this.schema}.events SET stream_position = $3 WHERE stream_id = $1 AND stream_position = $2`;
    return this.unguarded([at, at, at], [[streamId, position, -1], [streamId, position + 1, position], [streamId, -1, position + 1]]);
  }

  /**
   * Inserts a forged event at `position`, shifting the later ones up, with a hash the attacker
   * computed correctly on the event before it. Returns the forged event's id.
   */
  async insert(streamId: string, position: number): Promise<string> {
    const { rows } = await this.db.query<{ hash: string }>(`SELECT hash FROM ${this.schema}.events WHERE stream_id = $1 AND stream_position = $2`, [streamId, position - 1]);
    const prevHash = rows[0].hash;
    const forged = event('ApplicationScreened', { applicationId: streamId, outcome: 'eligible', forged: true }, new Date('2026-03-02T12:00:00.000Z'));
    const hash = chainHash(prevHash, position, hashedContent(streamId, forged));
    await this.unguarded(
      [
        `UPDATE ${this.schema}.events SET stream_position = -stream_position - 1 WHERE stream_id = $1 AND stream_position >= $2`,
        `UPDATE ${this.schema}.events SET stream_position = -stream_position WHERE stream_id = $1 AND stream_position < 0`,
        `INSERT INTO ${this.schema}.events (stream_id, stream_position, event_id, type, data, metadata, recorded_at, hash, prev_hash)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::timestamptz, $8, $9)`,
      ],
      [[streamId, position], [streamId], [streamId, position, forged.eventId, forged.type, JSON.stringify(forged.data), JSON.stringify(forged.metadata), forged.recordedAt.toISOString(), hash, prevHash]],
    );
    return forged.eventId;
  }

  /** Edits an event's data and recomputes its hash and every later one of the stream: no chain shows it. */
  async editAndRehash(streamId: string, position: number): Promise<void> {
    const { rows } = await this.db.query<{ event_id: string; type: string; data: unknown; metadata: unknown; recorded_at: Date; stream_position: number }>(
      `SELECT event_id, type, data, metadata, recorded_at, stream_position FROM ${this.schema}.events WHERE stream_id = $1 ORDER BY stream_position`,
      [streamId],
    );
    const statements: string[] = [];
    const params: unknown[][] = [];
    let prev: string | null = null;
    for (const row of rows) {
      const data = row.stream_position === position ? { ...(row.data as object), step: 99 } : row.data;
      const hash = chainHash(prev, row.stream_position, hashedContent(streamId, { eventId: row.event_id, type: row.type, data, metadata: row.metadata, recordedAt: row.recorded_at } as EventToAppend));
      statements.push(`UPDATE ${this.schema}.events SET data = $2::jsonb, hash = $3, prev_hash = $4 WHERE event_id = $1`);
      params.push([row.event_id, JSON.stringify(data), hash, prev]);
      prev = hash;
    }
    await this.unguarded(statements, params);
  }
}
