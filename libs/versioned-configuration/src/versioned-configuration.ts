import {
  ConcurrencyError,
  fold,
  handleCommand,
  type CommandContext,
  type CommandMetadata,
  type CommandResult,
  type Decider,
  type EventStore,
  type RecordedEvent,
} from '@hpc-access/eventsourcing';
import {
  configurationDecider,
  notSeededError,
  type ChangeCommand,
  type ConfigurationCommand,
  type ConfigurationEvent,
  type ConfigurationNames,
  type ConfigurationRules,
  type ConfigurationState,
  type Nothing,
} from './configuration-decider';

/** The configuration in force and the revision of its stream (also the ETag). */
export interface CurrentConfiguration<C> {
  configuration: C;
  revision: number;
}

/** One version of the configuration as a history route shows it. */
export interface ConfigurationVersion {
  type: string;
  revision: number;
  recordedAt: string;
  actor: RecordedEvent['metadata']['actor'];
  data: unknown;
}

export interface ChangeMeta {
  correlationId: string;
  causationId?: string | null;
  /** From If-Match: a stale revision is a 412, never retried. */
  expectedRevision?: number;
}

/**
 * One service's configuration: its decider and the one stream it lives in, with the reads and
 * writes every configuration needs. Works on any store behind the port (a transaction's view too).
 */
export class VersionedConfiguration<N extends ConfigurationNames, C, X = Nothing, S = Nothing, D = Nothing> {
  readonly decider: Decider<ConfigurationCommand<N, C, X>, ConfigurationState<N, C>, ConfigurationEvent<N, C, S, D>>;

  constructor(readonly streamId: string, private readonly rules: ConfigurationRules<N, C, X, S, D>) {
    this.decider = configurationDecider(rules);
  }

  get names(): N {
    return this.rules.names;
  }

  /** The configuration of a state; null before the seed. */
  of(state: ConfigurationState<N, C>): C | null {
    return state[this.rules.names.key as N['key']] as C | null;
  }

  /** What the stream says now; null before the seed (revision -1 on an empty stream). */
  async read(store: EventStore): Promise<{ configuration: C | null; revision: number }> {
    const events = await store.readStream(this.streamId);
    const state = fold(this.decider, events.map((e) => ({ type: e.type, data: e.data }) as ConfigurationEvent<N, C, S, D>));
    return { configuration: this.of(state), revision: events.length - 1 };
  }

  /** The configuration in force; 404 (or the service's own answer) before the seed. */
  async current(store: EventStore): Promise<CurrentConfiguration<C>> {
    const { configuration, revision } = await this.read(store);
    if (configuration === null) throw (this.rules.notSeeded ?? notSeededError)();
    return { configuration, revision };
  }

  /** Every version, oldest first, with who recorded it in which role. */
  async history(store: EventStore): Promise<ConfigurationVersion[]> {
    const events = await store.readStream(this.streamId);
    return events.map((e) => ({ type: e.type, revision: e.streamPosition, recordedAt: e.recordedAt.toISOString(), actor: e.metadata.actor, data: e.data }));
  }

  /**
   * At every start: the seed becomes the first event unless a start wrote it already. Another
   * instance seeding at the same moment is no error: its seed is as good as ours.
   */
  async seed(store: EventStore, configuration: C, context: CommandContext, meta: { correlationId: string }): Promise<void> {
    const command = { type: this.rules.names.seed, data: { [this.rules.names.key]: configuration }, context } as ConfigurationCommand<N, C, X>;
    try {
      await handleCommand(store, this.decider, this.streamId, command, metadataOf(context, meta), { maxRetries: 0 });
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
    }
  }

  /** A staff change; `expectedRevision` from If-Match pins the version the caller read. */
  async change(store: EventStore, data: ChangeCommand<N, C, X>['data'], context: CommandContext, meta: ChangeMeta): Promise<CurrentConfiguration<C>> {
    const command = { type: this.rules.names.change, data, context } as ConfigurationCommand<N, C, X>;
    const result = await handleCommand(store, this.decider, this.streamId, command, metadataOf(context, meta), { expectedRevision: meta.expectedRevision });
    return this.currentOf(result);
  }

  /** The configuration after a command the service ran through its own unit of work. */
  currentOf(result: Pick<CommandResult<ConfigurationState<N, C>>, 'state' | 'revision'>): CurrentConfiguration<C> {
    const configuration = this.of(result.state);
    if (configuration === null) throw (this.rules.notSeeded ?? notSeededError)();
    return { configuration, revision: result.revision };
  }
}

function metadataOf(context: CommandContext, meta: { correlationId: string; causationId?: string | null }): CommandMetadata {
  return { now: context.now, actor: { id: context.actor.id, role: context.actor.role }, correlationId: meta.correlationId, causationId: meta.causationId ?? null };
}
