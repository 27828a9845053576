import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { newCorrelationId, type EventStore } from '@hpc-access/eventsourcing';
import { findRepoFile } from '@hpc-access/sql';
import { parseIfMatch } from '@hpc-access/http';
import { readSeedFile } from '@hpc-access/versioned-configuration';
import { commandContext, type Caller } from '@hpc-access/auth';
import { CLOCK, ETHICS_STORE, type Clock } from '../ethics-review.tokens';
import type { EthicsSettings } from './domain/ethics-configuration';
import { ethicsConfiguration } from './domain/ethics-configuration.decide';

/** The seed file; ETHICS_REVIEW_SEED points at another one. */
export function seedFile(): string {
  return process.env.ETHICS_REVIEW_SEED ?? findRepoFile('infra/seed/ethics-review.json');
}

/** The settings alone: neither a seed file's other keys nor a DTO's class reach the event. */
function settingsOf(raw: EthicsSettings): EthicsSettings {
  const { reviewersRequired, principles, defaultConditionDueDays, reviewDueDays } = raw;
  return { reviewersRequired, principles, defaultConditionDueDays, reviewDueDays };
}

const SYSTEM = { id: 'ethics-review', role: 'system' };

/** The configuration stream: seeded at first start, read by every command that needs a number. */
@Injectable()
export class ConfigurationCommands implements OnModuleInit {
  constructor(@Inject(ETHICS_STORE) private readonly store: EventStore, @Inject(CLOCK) private readonly clock: Clock) {}

  async onModuleInit(): Promise<void> {
    const settings = settingsOf(readSeedFile<EthicsSettings>(seedFile()));
    await ethicsConfiguration.seed(this.store, settings, { now: this.clock.now(), actor: SYSTEM }, { correlationId: newCorrelationId() });
  }

  /** `store` is a transaction's view when a consumer reads inside its inbox transaction. */
  async current(store: EventStore = this.store): Promise<{ settings: EthicsSettings; revision: number }> {
    const { configuration, revision } = await ethicsConfiguration.current(store);
    return { settings: configuration, revision };
  }

  async change(settings: EthicsSettings, caller: Caller, ifMatch: string | undefined): Promise<{ settings: EthicsSettings; revision: number }> {
    const { configuration, revision } = await ethicsConfiguration.change(this.store, { settings: settingsOf(settings) }, commandContext(caller, this.clock.now()), {
      correlationId: caller.correlationId,
      expectedRevision: parseIfMatch(ifMatch),
    });
    return { settings: configuration, revision };
  }
}
