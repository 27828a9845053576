import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@hpc-access/auth';
import { newEventId, type EventStore } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
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

export interface SystemCheckpoint {
  /** The batch's system; null for a JSON batch of several systems. */
  system: string | null;
  checkpoint: string;
  importId: string;
  recordedAt: string;
}

export interface SiteCheckpoint {
  siteId: string;
  /** The system asked for (or of the latest checkpoint). */
  system: string | null;
  checkpoint: string | null;
  importId: string | null;
  recordedAt: string | null;
  /** Every system's last checkpoint, latest first. */
  checkpoints: SystemCheckpoint[];
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
      `INSERT INTO ${this.options.schema}.site_usage_checkpoints (site_id, system, checkpoint, import_id, recorded_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (site_id, system) DO UPDATE SET checkpoint = EXCLUDED.checkpoint, import_id = EXCLUDED.import_id, recorded_at = EXCLUDED.recorded_at`,
      [siteId, report.system ?? '', checkpoint, report.importId, recordedAt.toISOString()],
    );
  }

  /** The last checkpoint of the site for `system` (or its latest of any system), and every system's. */
  async last(siteId: string, system: string | undefined): Promise<SiteCheckpoint> {
    const { rows } = await this.db.query<{ system: string; checkpoint: string; import_id: string; recorded_at: Date }>(
      `SELECT system, checkpoint, import_id, recorded_at FROM ${this.options.schema}.site_usage_checkpoints WHERE site_id = $1 ORDER BY recorded_at DESC, system`,
      [siteId],
    );
    const checkpoints = rows.map((r): SystemCheckpoint => ({ system: r.system === '' ? null : r.system, checkpoint: r.checkpoint, importId: r.import_id, recordedAt: new Date(r.recorded_at).toISOString() }));
    const asked = system === undefined ? checkpoints[0] : checkpoints.find((c) => c.system === system);
    return { siteId, system: system ?? asked?.system ?? null, checkpoint: asked?.checkpoint ?? null, importId: asked?.importId ?? null, recordedAt: asked?.recordedAt ?? null, checkpoints };
  }
}
