import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@hpc-access/auth';
import { newEventId, type EventStore } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/eventstore-postgres';
import { ACCOUNTING_DB, ACCOUNTING_OPTIONS, type AccountingOptionsShape } from '../accounting.tokens';
import type { ImportReport } from '../usage/import-report';

/** One stream per site: every batch its agent sent, with the checkpoint it reached. */
export const siteUsageStreamId = (siteId: string): string => `accounting-site-usage-${siteId}`;

/** A batch of a site's usage and where its agent stood after it (an opaque string of the agent's). */
export interface UsageBatchReceived {
  type: 'UsageBatchReceived';
  data: {
    siteId: string;
    importId: string;
    source: 'json' | 'sacct';
    system: string | null;
    checkpoint: string;
    accepted: number;
    duplicates: number;
    flagged: number;
    rejected: number;
    receivedAt: string;
  };
}

export interface SiteCheckpoint {
  siteId: string;
  checkpoint: string | null;
  importId: string | null;
  recordedAt: string | null;
}

/**
 * The agent's checkpoint commits with the batch's records and charges: after a crash the agent
 * asks for it and resumes from there, so no record is lost, and a record sent twice is a
 * duplicate by (system, job id). Appended without reading the stream (an agent sends a batch
 * every few minutes; folding years of them per batch would be the cost of nothing).
 */
@Injectable()
export class UsageCheckpoints {
  constructor(@Inject(ACCOUNTING_DB) private readonly db: Sql, @Inject(ACCOUNTING_OPTIONS) private readonly options: AccountingOptionsShape) {}

  async record(tx: Sql, txStore: EventStore, siteId: string, checkpoint: string, report: ImportReport, caller: Caller): Promise<void> {
    const event: UsageBatchReceived = {
      type: 'UsageBatchReceived',
      data: {
        siteId, importId: report.importId, source: report.source as 'json' | 'sacct', system: report.system, checkpoint,
        accepted: report.accepted, duplicates: report.duplicates, flagged: report.flagged, rejected: report.rejected.length, receivedAt: report.receivedAt,
      },
    };
    const recordedAt = new Date(report.receivedAt);
    await txStore.appendToStream(siteUsageStreamId(siteId), [{
      eventId: newEventId(), type: event.type, data: event.data, recordedAt,
      metadata: { actor: { id: caller.actor.id, role: caller.actor.role }, correlationId: caller.correlationId, causationId: null, schemaVersion: 1 },
    }], { expectedRevision: 'any' });
    await tx.query(
      `INSERT INTO ${this.options.schema}.site_usage_checkpoints (site_id, checkpoint, import_id, recorded_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (site_id) DO UPDATE SET checkpoint = EXCLUDED.checkpoint, import_id = EXCLUDED.import_id, recorded_at = EXCLUDED.recorded_at`,
      [siteId, checkpoint, report.importId, recordedAt.toISOString()],
    );
  }

  async last(siteId: string): Promise<SiteCheckpoint> {
    const { rows } = await this.db.query<{ checkpoint: string; import_id: string; recorded_at: Date }>(
      `SELECT checkpoint, import_id, recorded_at FROM ${this.options.schema}.site_usage_checkpoints WHERE site_id = $1`,
      [siteId],
    );
    const row = rows[0];
    return { siteId, checkpoint: row?.checkpoint ?? null, importId: row?.import_id ?? null, recordedAt: row ? new Date(row.recorded_at).toISOString() : null };
  }
}
