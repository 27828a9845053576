import { readFileSync } from 'node:fs';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ConcurrencyError, fold, handleCommand, newCorrelationId, notFound, type EventStore } from '@hpc-access/eventsourcing';
import { findRepoFile } from '@hpc-access/sql';
import { parseIfMatch } from '@hpc-access/http';
import { commandContext, type Caller } from '@hpc-access/auth';
import { CLOCK, ETHICS_STORE, type Clock } from '../ethics-review.tokens';
import { CONFIGURATION_STREAM_ID, type ConfigurationEvent, type EthicsSettings } from './domain/ethics-configuration';
import { configurationDecider } from './domain/ethics-configuration.decide';

/** The seed file; ETHICS_REVIEW_SEED points at another one. */
export function seedFile(): string {
  return process.env.ETHICS_REVIEW_SEED ?? findRepoFile('infra/seed/ethics-review.json');
}

function settingsOf(raw: EthicsSettings): EthicsSettings {
  const { reviewersRequired, principles, defaultConditionDueDays, reviewDueDays } = raw;
  return { reviewersRequired, principles, defaultConditionDueDays, reviewDueDays };
}

/** The configuration stream: seeded at first start, read by every command that needs a number. */
@Injectable()
export class ConfigurationCommands implements OnModuleInit {
  constructor(@Inject(ETHICS_STORE) private readonly store: EventStore, @Inject(CLOCK) private readonly clock: Clock) {}

  async onModuleInit(): Promise<void> {
    const settings = settingsOf(JSON.parse(readFileSync(seedFile(), 'utf8')) as EthicsSettings);
    const now = this.clock.now();
    try {
      await handleCommand(this.store, configurationDecider, CONFIGURATION_STREAM_ID, { type: 'SeedConfiguration', data: { settings }, context: { now, actor: { id: 'ethics-review', role: 'system' } } }, {
        now, actor: { id: 'ethics-review', role: 'system' }, correlationId: newCorrelationId(),
      }, { maxRetries: 0 });
    } catch (error) {
      // Another instance seeded at the same moment: its seed is as good as ours.
      if (!(error instanceof ConcurrencyError)) throw error;
    }
  }

  /** `store` is a transaction's view when a consumer reads inside its inbox transaction. */
  async current(store: EventStore = this.store): Promise<{ settings: EthicsSettings; revision: number }> {
    const events = await store.readStream(CONFIGURATION_STREAM_ID);
    const state = fold(configurationDecider, events.map((e) => ({ type: e.type, data: e.data }) as ConfigurationEvent));
    if (state.status === 'none') throw notFound('configuration-not-seeded', 'the ethics configuration has not been seeded yet');
    return { settings: state.settings, revision: events.length - 1 };
  }

  async change(settings: EthicsSettings, caller: Caller, ifMatch: string | undefined): Promise<{ settings: EthicsSettings; revision: number }> {
    const command = { type: 'ChangeConfiguration' as const, data: { settings: settingsOf(settings) }, context: commandContext(caller, this.clock.now()) };
    const result = await handleCommand(this.store, configurationDecider, CONFIGURATION_STREAM_ID, command, {
      now: command.context.now,
      actor: { id: caller.actor.id, role: caller.actor.role },
      correlationId: caller.correlationId,
    }, { expectedRevision: parseIfMatch(ifMatch) });
    if (result.state.status === 'none') throw notFound('configuration-not-seeded', 'the ethics configuration has not been seeded yet');
    return { settings: result.state.settings, revision: result.revision };
  }
}
