import { Inject, Injectable } from '@nestjs/common';
import { notFound, type CommandContext } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import { GovernanceStreams, type CommandMeta } from '../governance-streams';
import { GOVERNANCE_CLOCK, type Clock } from '../governance-pledges.tokens';
import { CONFIGURATION_STREAM, type GovernanceConfiguration } from './domain/configuration';
import { configurationDecider } from './domain/configuration.decide';

/** The configuration as its stream says now; every change is an event of that stream. */
@Injectable()
export class GovernanceConfigurationService {
  constructor(private readonly streams: GovernanceStreams, @Inject(GOVERNANCE_CLOCK) private readonly clock: Clock) {}

  async current(tx?: Sql): Promise<{ configuration: GovernanceConfiguration; revision: number }> {
    const { state, revision } = await this.streams.read(configurationDecider, CONFIGURATION_STREAM, tx);
    if (!state.configuration) throw notFound('configuration-not-seeded', 'the governance configuration has not been seeded yet');
    return { configuration: state.configuration, revision };
  }

  async seed(configuration: GovernanceConfiguration, context: CommandContext, meta: CommandMeta): Promise<void> {
    await this.streams.execute(configurationDecider, CONFIGURATION_STREAM, { type: 'SeedConfiguration', data: { configuration }, context }, meta);
  }

  async change(configuration: GovernanceConfiguration, context: CommandContext, meta: CommandMeta): Promise<{ configuration: GovernanceConfiguration; revision: number }> {
    const result = await this.streams.execute(configurationDecider, CONFIGURATION_STREAM, { type: 'ChangeConfiguration', data: { configuration }, context }, meta);
    return { configuration: result.state.configuration ?? configuration, revision: result.revision };
  }

  now(): Date {
    return this.clock.now();
  }
}
