import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext } from '@hpc-access/eventsourcing';
import type { CurrentConfiguration } from '@hpc-access/versioned-configuration';
import type { Sql } from '@hpc-access/sql';
import { GovernanceStreams, type CommandMeta } from '../governance-streams';
import { GOVERNANCE_CLOCK, type Clock } from '../governance-pledges.tokens';
import type { GovernanceConfiguration } from './domain/configuration';
import { configurationDecider, governanceConfiguration } from './domain/configuration.decide';

/** The configuration as its stream says now; commands run through governance's own transaction. */
@Injectable()
export class GovernanceConfigurationService {
  constructor(private readonly streams: GovernanceStreams, @Inject(GOVERNANCE_CLOCK) private readonly clock: Clock) {}

  async current(tx?: Sql): Promise<CurrentConfiguration<GovernanceConfiguration>> {
    return governanceConfiguration.currentOf(await this.streams.read(configurationDecider, governanceConfiguration.streamId, tx));
  }

  async seed(configuration: GovernanceConfiguration, context: CommandContext, meta: CommandMeta): Promise<void> {
    await this.streams.execute(configurationDecider, governanceConfiguration.streamId, { type: 'SeedConfiguration', data: { configuration }, context }, meta);
  }

  async change(configuration: GovernanceConfiguration, context: CommandContext, meta: CommandMeta): Promise<CurrentConfiguration<GovernanceConfiguration>> {
    return governanceConfiguration.currentOf(
      await this.streams.execute(configurationDecider, governanceConfiguration.streamId, { type: 'ChangeConfiguration', data: { configuration }, context }, meta),
    );
  }

  now(): Date {
    return this.clock.now();
  }
}
