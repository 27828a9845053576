import { Controller, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { etagFor } from '@hpc-access/http';
import { GetConfiguration } from '@hpc-access/versioned-configuration/routes';
import type { Response } from 'express';
import { CONFIGURATION_EDITORS } from '../../governance-roles';
import { attestationReminderDaysOf } from '../domain/configuration';
import { GovernanceConfigurationService } from '../governance-configuration.service';
import { GovernanceConfigurationView } from '../governance-configuration.view';

@ApiTags('governance configuration')
@ApiBearerAuth()
@Controller('api/governance/configuration')
export class GetConfigurationController {
  constructor(private readonly configurations: GovernanceConfigurationService) {}

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
}
