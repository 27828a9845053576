import { Inject, Injectable } from '@nestjs/common';
import { fold, handleCommand, type EventStore } from '@hpc-access/eventsourcing';
import { CLOCK, INTAKE_STORE, type Clock } from '../intake.tokens';
import {
  PROGRAMME_CONFIGURATION_STREAM,
  programmeConfigurationDecider,
  type ProgrammeConfigurationCommand,
  type ProgrammeConfigurationEvent,
} from './domain/programme-configuration';
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
    await this.run({ type: 'SeedProgrammeConfiguration', data: { rules: this.seed }, context: { now: this.clock.now(), actor: { id: 'intake', role: 'system' } } }, { correlationId: 'programme-seed' });
  }

  async current(): Promise<{ rules: ProgrammeRules; revision: number }> {
    const events = await this.store.readStream(PROGRAMME_CONFIGURATION_STREAM);
    const state = fold(programmeConfigurationDecider, events.map((e) => ({ type: e.type, data: e.data }) as ProgrammeConfigurationEvent));
    this.last = state.rules ?? this.seed;
    return { rules: this.last, revision: events.length - 1 };
  }

  /** The rules last read, for places that cannot wait (mapping an event for publication). */
  latest(): ProgrammeRules {
    return this.last;
  }

  async run(command: ProgrammeConfigurationCommand, meta: { correlationId: string; expectedRevision?: number }): Promise<{ rules: ProgrammeRules; revision: number }> {
    const result = await handleCommand(this.store, programmeConfigurationDecider, PROGRAMME_CONFIGURATION_STREAM, command, {
      now: command.context.now,
      actor: { id: command.context.actor.id, role: command.context.actor.role },
      correlationId: meta.correlationId,
      causationId: null,
    }, { expectedRevision: meta.expectedRevision });
    this.last = result.state.rules ?? this.seed;
    return { rules: this.last, revision: result.revision };
  }
}
