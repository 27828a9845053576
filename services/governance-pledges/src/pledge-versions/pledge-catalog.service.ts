import { Inject, Injectable } from '@nestjs/common';
import { notFound, type CommandContext } from '@hpc-access/eventsourcing';
import { GovernanceConfigurationService } from '../configuration/governance-configuration.service';
import { GovernanceStreams, type CommandMeta } from '../governance-streams';
import { GOVERNANCE_CLOCK, type Clock } from '../governance-pledges.tokens';
import { PLEDGE_CATALOG_STREAM, currentPledgeVersion, type PledgeCatalogState, type PledgeVersion } from './domain/pledge-catalog';
import { pledgeCatalogDecider } from './domain/pledge-catalog.decide';
import type { PledgeText } from './domain/pledge-text';

/** The versioned pledge texts, read from and written to their one stream. */
@Injectable()
export class PledgeCatalogService {
  constructor(
    private readonly streams: GovernanceStreams,
    private readonly configurations: GovernanceConfigurationService,
    @Inject(GOVERNANCE_CLOCK) private readonly clock: Clock,
  ) {}

  async load(): Promise<{ state: PledgeCatalogState; revision: number }> {
    const { state, revision } = await this.streams.read(pledgeCatalogDecider, PLEDGE_CATALOG_STREAM);
    return { state, revision };
  }

  async current(): Promise<PledgeVersion> {
    const version = currentPledgeVersion((await this.load()).state);
    if (!version) throw notFound('pledge-not-seeded', 'no pledge version has been published yet');
    return version;
  }

  async seed(text: PledgeText, context: CommandContext, meta: CommandMeta): Promise<void> {
    await this.streams.execute(pledgeCatalogDecider, PLEDGE_CATALOG_STREAM, { type: 'SeedPledgeText', data: { text }, context }, meta);
  }

  async publish(text: PledgeText, context: CommandContext, meta: CommandMeta): Promise<{ version: PledgeVersion; revision: number }> {
    const { configuration } = await this.configurations.current();
    const result = await this.streams.execute(pledgeCatalogDecider, PLEDGE_CATALOG_STREAM, {
      type: 'PublishPledgeVersion', data: { text, resignPeriodDays: configuration.resignPeriodDays }, context,
    }, meta);
    return { version: result.state.versions[result.state.versions.length - 1], revision: result.revision };
  }

  now(): Date {
    return this.clock.now();
  }
}
