import { conflict, invalid, notFound } from '@hpc-access/eventsourcing';
import { NotRebuildableError, type RebuildProgress } from '@hpc-access/eventstore-postgres';
import type { Database } from '@hpc-access/sql';
import { projectionNamed, serviceReadModels, UnknownReadModelError } from './read-model-catalog';
import { rebuildReadModels } from './rebuild-read-models';

export interface RebuildJob {
  service: string;
  projection: string;
  state: 'running' | 'done' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  progress: RebuildProgress | null;
  error: string | null;
}

/**
 * The rebuilds the running embedded platform does itself (the data directory is its alone, ADR
 * 31): started by an administrator, read back while they run. One at a time per service, since a
 * service's shadow schema is one; the last job of each projection stays readable until restart.
 */
export class RebuildJobs {
  private readonly jobs = new Map<string, RebuildJob>();
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly db: Database) {}

  start(service: string, projection: string): RebuildJob {
    this.check(service, projection);
    if ([...this.jobs.values()].some((job) => job.service === service && job.state === 'running')) {
      throw conflict('rebuild-running', `a rebuild of ${service} is running; start the next when it is done`);
    }
    const job: RebuildJob = { service, projection, state: 'running', startedAt: new Date().toISOString(), finishedAt: null, progress: null, error: null };
    this.jobs.set(`${service}/${projection}`, job);
    const run = rebuildReadModels({ db: this.db, service, projection, onProgress: (progress) => void (job.progress = progress) }).then(
      () => void (job.state = 'done'),
      (error: unknown) => {
        job.state = 'failed';
        job.error = error instanceof Error ? error.message : String(error);
      },
    ).finally(() => {
      job.finishedAt = new Date().toISOString();
      this.running.delete(run);
    });
    this.running.add(run);
    return { ...job };
  }

  get(service: string, projection: string): RebuildJob {
    this.check(service, projection);
    const job = this.jobs.get(`${service}/${projection}`);
    if (!job) throw notFound('rebuild-not-found', `no rebuild of ${projection} since the platform started`);
    return { ...job, progress: job.progress && { ...job.progress } };
  }

  /** Waits for the running rebuilds (shutdown before the database closes, and tests). */
  async settled(): Promise<void> {
    await Promise.all([...this.running]);
  }

  /** Unknown names answer 404 listing the valid ones; a projection that cannot be rebuilt, 422 saying why. */
  private check(service: string, projection: string): void {
    try {
      const models = serviceReadModels(service);
      const build = projectionNamed(service, models, projection);
      const probe = build(models.schema);
      if (!probe.tables || probe.tables.length === 0) throw new NotRebuildableError(`projection ${projection} does not name its tables (not a row projection): it cannot be rebuilt in a shadow schema`);
    } catch (error) {
      if (error instanceof UnknownReadModelError) throw notFound('read-model-not-found', error.message);
      if (error instanceof NotRebuildableError) throw invalid('not-rebuildable', error.message, 'projection');
      throw error;
    }
  }
}
