import { checkpointOf, compareCheckpoints, type EventStore, type Projection, type RecordedEvent, type Subscription } from '@hpc-access/eventsourcing';
import type { Database, Sql } from '@hpc-access/sql';
import { ProjectionCheckpoints } from './projection-checkpoints';
import { assertSchemaName } from '@hpc-access/sql';

export interface ProjectionRunnerOptions {
  db: Database;
  /** Any EventStore: wrap it in EncryptingEventStore so projections see personal data in clear. */
  store: EventStore;
  /** Where projection_checkpoints lives (the service's schema). */
  schema: string;
  projections: readonly Projection<Sql>[];
  batchSize?: number;
  /** After a failure the projection restarts from its stored checkpoint after this delay. */
  retryDelayMs?: number;
  onError?(projection: string, error: unknown): void;
}

/**
 * A batch with no event a projection handles writes nothing, not even its checkpoint, until this
 * many events were passed over: the stored checkpoint then lags behind (never ahead of) what was
 * applied, and a restart reads those events again only to pass them over once more.
 */
const MAX_PASSED_OVER = 1000;

/**
 * Runs projections from their stored checkpoints. Each batch is one transaction: the read-model
 * updates and the new checkpoint commit together or not at all, so a crash or a failing apply
 * never leaves a half-applied batch. Events at or before the stored checkpoint are skipped, which
 * makes a redelivered batch (or a second runner of the same projection) harmless. A batch the
 * projection has nothing to apply from costs no transaction (MAX_PASSED_OVER): most events of a
 * service concern few of its projections (issue 20, ADR 33).
 */
export class PostgresProjectionRunner {
  private readonly checkpoints: ProjectionCheckpoints;
  private readonly running = new Map<string, Subscription>();
  private readonly retries = new Map<string, NodeJS.Timeout>();
  /** Projections that failed and wait for their retry: catchUp() reports them instead of hanging. */
  private readonly failures = new Map<string, unknown>();
  /** Events passed over since the projection's checkpoint was last written (MAX_PASSED_OVER). */
  private readonly passedOver = new Map<string, number>();
  private started = false;

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.checkpoints = new ProjectionCheckpoints(assertSchemaName(options.schema));
    const names = new Set<string>();
    for (const { name } of options.projections) {
      if (names.has(name)) throw new Error(`projection ${name} is registered twice`);
      names.add(name);
    }
  }

  async start(): Promise<void> {
    this.started = true;
    for (const projection of this.options.projections) await this.startOne(projection);
  }

  async stop(): Promise<void> {
    this.started = false;
    this.failures.clear();
    for (const timer of this.retries.values()) clearTimeout(timer);
    this.retries.clear();
    const subscriptions = [...this.running.values()];
    this.running.clear();
    await Promise.all(subscriptions.map((s) => s.stop()));
  }

  /** Resolves when every running projection has applied everything committed before the call. */
  async caughtUp(): Promise<void> {
    const [failure] = this.failures.values();
    if (failure !== undefined) throw failure;
    await Promise.all([...this.running.values()].map((s) => s.caughtUp()));
  }

  /** Empties the read model with reset(), then replays every event from the start. */
  async rebuild(name: string): Promise<void> {
    const projection = this.projection(name);
    if (!projection.reset) throw new Error(`projection ${name} has no reset(): it cannot be rebuilt`);
    const reset = projection.reset.bind(projection);
    await this.running.get(name)?.stop();
    this.running.delete(name);
    await this.options.db.transaction(async (tx) => {
      await reset(tx);
      await this.checkpoints.reset(tx, name);
    });
    const subscription = await this.startOne(projection);
    await subscription.caughtUp();
    if (!this.started) {
      await subscription.stop();
      this.running.delete(name);
    }
  }

  checkpoint(name: string) {
    return this.checkpoints.read(this.options.db, this.projection(name).name);
  }

  private async startOne(projection: Projection<Sql>): Promise<Subscription> {
    const from = await this.checkpoints.read(this.options.db, projection.name);
    const subscription = this.options.store.subscribeToAll({
      from,
      batchSize: this.options.batchSize,
      handle: (events) => this.applyBatch(projection, events),
      onError: (error) => this.failed(projection, subscription, error),
    });
    this.running.set(projection.name, subscription);
    this.failures.delete(projection.name);
    this.passedOver.set(projection.name, 0);
    return subscription;
  }

  private async applyBatch(projection: Projection<Sql>, events: RecordedEvent[]): Promise<void> {
    const { handles } = projection;
    if (handles && !events.some((event) => handles.includes(event.type))) {
      const passed = (this.passedOver.get(projection.name) ?? 0) + events.length;
      this.passedOver.set(projection.name, passed);
      if (passed < MAX_PASSED_OVER) return;
    }
    await this.options.db.transaction(async (tx) => {
      const stored = await this.checkpoints.lock(tx, projection.name);
      let last = stored;
      for (const event of events) {
        const position = checkpointOf(event);
        if (compareCheckpoints(position, stored) <= 0) continue;
        if (!projection.handles || projection.handles.includes(event.type)) await projection.apply(tx, event);
        last = position;
      }
      if (last !== stored) await this.checkpoints.save(tx, projection.name, last);
    });
    this.passedOver.set(projection.name, 0);
  }

  private failed(projection: Projection<Sql>, subscription: Subscription, error: unknown): void {
    this.options.onError?.(projection.name, error);
    if (this.running.get(projection.name) !== subscription) return;
    this.running.delete(projection.name);
    this.failures.set(projection.name, error);
    if (!this.started) return;
    const timer = setTimeout(() => {
      this.retries.delete(projection.name);
      if (this.started) void this.startOne(projection).catch((e: unknown) => this.options.onError?.(projection.name, e));
    }, this.options.retryDelayMs ?? 1000);
    this.retries.set(projection.name, timer);
  }

  private projection(name: string): Projection<Sql> {
    const found = this.options.projections.find((p) => p.name === name);
    if (!found) throw new Error(`no projection named ${name}`);
    return found;
  }
}
