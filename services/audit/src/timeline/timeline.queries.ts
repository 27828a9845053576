import { readModelPage, type Page, type PageQuery } from '@hpc-access/http';
import type { Sql } from '@hpc-access/sql';

/** One row of the timeline: a ledger leaf joined with its event as the service's table stores it. */
export interface TimelineRow {
  leaf_index: string | number;
  service: string;
  event_id: string;
  type: string;
  stream_id: string;
  stream_position: number;
  global_position: string;
  recorded_at: Date | string;
  data: unknown;
  metadata: Record<string, unknown>;
  hash: string;
  prev_hash: string | null;
}

export interface TimelineFilter {
  service?: string;
  streamId?: string;
  type?: string;
  actorId?: string;
  role?: string;
  from?: string;
  to?: string;
}

/**
 * Every event of every service in ledger order: the leaves joined with the events of their
 * service's table (one branch per source; PostgreSQL pushes the filters into each branch). An
 * event not sequenced yet is not on the timeline until the sequencer gives it its index.
 */
export function timelinePage(sql: Sql, schema: string, sources: readonly string[], filter: TimelineFilter, page: PageQuery): Promise<Page<TimelineRow>> {
  const branches = sources.map(
    (service) => `SELECT l.leaf_index, l.service, e.event_id::text AS event_id, e.type, e.stream_id, e.stream_position, e.global_position::text AS global_position,
            e.recorded_at, e.data, e.metadata, e.hash, e.prev_hash
       FROM ${schema}.ledger_leaves l JOIN ${service}.events e ON e.event_id = l.event_id
      WHERE l.service = '${service}'`,
  );
  return readModelPage<TimelineRow>(
    sql,
    `(${branches.join('\n UNION ALL\n')}) AS timeline`,
    [
      ['service = ?', filter.service],
      ['stream_id = ?', filter.streamId],
      ['type = ?', filter.type],
      ["metadata->'actor'->>'id' = ?", filter.actorId],
      ["metadata->'actor'->>'role' = ?", filter.role],
      ['recorded_at >= ?::timestamptz', filter.from],
      ['recorded_at < ?::timestamptz', filter.to],
    ],
    'leaf_index',
    page,
  );
}
