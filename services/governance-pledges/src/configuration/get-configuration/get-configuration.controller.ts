import { Controller, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { etagFor } from '@hpc-access/http';
import type { EventStore } from '@hpc-access/eventsourcing';
import { GetConfiguration, GetConfigurationHistory, configurationHistory, type ConfigurationHistoryView } from '@hpc-access/versioned-configuration/routes';
import type { Response } from 'express';
import { CONFIGURATION_EDITORS } from '../../governance-roles';
import { GOVERNANCE_STORE } from '../../governance-pledges.tokens';
import { governanceConfiguration } from '../domain/configuration.decide';
import { attestationReminderDaysOf } from '../domain/configuration';
import { GovernanceConfigurationService } from '../governance-configuration.service';
import { GovernanceConfigurationView } from '../governance-configuration.view';

@ApiTags('governance configuration')
@ApiBearerAuth()
@Controller('api/governance/configuration')
export class GetConfigurationController {
  constructor(private readonly configurations: GovernanceConfigurationService, @Inject(GOVERNANCE_STORE) private readonly store: EventStore) {}

  @GetConfiguration({
    operationId: 'governance.getConfiguration',
    summary: 'The governance numbers in force; ETag = revision of the configuration stream',
    roles: [...CONFIGURATION_EDITORS, 'auditor'],
    view: GovernanceConfigurationView,
    notSeeded: true,
  })
  async get(@Res({ passthrough: true }) res: Response): Promise<GovernanceConfigurationView> {
    const { configuration, revision } = await this.configurations.current();
    res.setHeader('ETag', etagFor(revision));
    return { ...configuration, attestationReminderDays: attestationReminderDaysOf(configuration), revision };
  }

  @GetConfigurationHistory({ operationId: 'governance.getConfigurationHistory', roles: [...CONFIGURATION_EDITORS, 'auditor'] })
  async history(): Promise<ConfigurationHistoryView> {
    return configurationHistory(await governanceConfiguration.history(this.store), governanceConfiguration.names.key);
  }
}
