import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext, EventStore } from '@hpc-access/eventsourcing';
import { CLOCK, INTAKE_STORE, type Clock } from '../intake.tokens';
import { programmeConfiguration, type ChangeProgrammeConfiguration } from './domain/programme-configuration';
import type { ProgrammeRules } from './programme-rules';

export const PROGRAMME_SEED = Symbol('PROGRAMME_SEED');

/**
 * The rules in force, read from their stream. Every command reads them afresh (one short stream),
 * so a change made through one instance holds on every instance at once.
 */
@Injectable()
export class ProgrammeConfiguration {
  private last: ProgrammeRules;

  constructor(
    @Inject(INTAKE_STORE) private readonly store: EventStore,
    @Inject(PROGRAMME_SEED) private readonly seed: ProgrammeRules,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.last = seed;
  }

  /** At start: the seed becomes the first event, unless an earlier start wrote it. */
  async seedIfMissing(): Promise<void> {
    await programmeConfiguration.seed(this.store, this.seed, { now: this.clock.now(), actor: { id: 'intake', role: 'system' } }, { correlationId: 'programme-seed' });
  }

  /** `store` is a transaction's view when a command reads inside its unit of work. */
  async current(store: EventStore = this.store): Promise<{ rules: ProgrammeRules; revision: number }> {
    const { configuration, revision } = await programmeConfiguration.read(store);
    this.last = configuration ?? this.seed;
    return { rules: this.last, revision };
  }

  /** The rules last read, for places that cannot wait (mapping an event for publication). */
  latest(): ProgrammeRules {
    return this.last;
  }

  async change(data: ChangeProgrammeConfiguration['data'], context: CommandContext, meta: { correlationId: string; expectedRevision?: number }): Promise<{ rules: ProgrammeRules; revision: number }> {
    const { configuration, revision } = await programmeConfiguration.change(this.store, data, context, meta);
    this.last = configuration;
    return { rules: configuration, revision };
  }
}
