import { NotRebuildableError, rebuildInShadow, type RebuildProgress } from '@hpc-access/eventstore-postgres';
import type { Database } from '@hpc-access/sql';
import { projectionNamed, serviceReadModels } from './read-model-catalog';

export interface RebuildRequest {
  db: Database;
  service: string;
  /** Absent: every projection of the service that can be rebuilt. */
  projection?: string;
  /** The schema when it is not the platform's (a distributed service started with SCHEMA). */
  schema?: string;
  batchSize?: number;
  onProgress?(progress: RebuildProgress): void | Promise<void>;
}

export type RebuildOutcome = { projection: string; rebuilt: true; events: number } | { projection: string; rebuilt: false; reason: string };

/**
 * Rebuilds a service's read models one after another, each in its shadow schema (ADR 31). A
 * projection that cannot be rebuilt that way is refused with its reason; named alone, the refusal
 * is thrown, as part of "every projection" it is reported and the others go on.
 */
export async function rebuildReadModels(request: RebuildRequest): Promise<RebuildOutcome[]> {
  const models = serviceReadModels(request.service);
  const schema = request.schema ?? models.schema;
  const builds = request.projection === undefined ? models.projections : [projectionNamed(request.service, models, request.projection)];
  const store = models.store(request.db, schema);
  const outcomes: RebuildOutcome[] = [];
  for (const build of builds) {
    const name = build(schema).name;
    try {
      const { events } = await rebuildInShadow({ db: request.db, store, schema, build, batchSize: request.batchSize, onProgress: request.onProgress });
      outcomes.push({ projection: name, rebuilt: true, events });
    } catch (error) {
      if (!(error instanceof NotRebuildableError) || request.projection !== undefined) throw error;
      outcomes.push({ projection: name, rebuilt: false, reason: error.message });
    }
  }
  return outcomes;
}

/** One progress line: `ethics-review.reviewers replaying 1200/5000 events (24%), 830 events/s`. */
export function progressLine({ projection, phase, done, total, eventsPerSecond }: RebuildProgress): string {
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  return `${projection} ${phase} ${done}/${total} events (${percent}%), ${eventsPerSecond} events/s`;
}
