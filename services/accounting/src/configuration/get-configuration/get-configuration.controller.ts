import { Controller, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { etagFor } from '@hpc-access/http';
import { GetConfiguration, GetConfigurationHistory, configurationHistory, type ConfigurationHistoryView } from '@hpc-access/versioned-configuration/routes';
import type { Response } from 'express';
import { CONFIGURATION_READERS } from '../../accounting-roles';
import { AccountingConfigurationService } from '../accounting-configuration.service';
import { AccountingConfigurationView } from '../configuration.view';

@ApiTags('accounting')
@ApiBearerAuth()
@Controller('api/accounting/configuration')
export class GetConfigurationController {
  constructor(private readonly configurations: AccountingConfigurationService) {}

  @GetConfiguration({
    operationId: 'accounting.getConfiguration',
    summary: 'The accounting configuration in force; ETag = revision of its stream',
    roles: CONFIGURATION_READERS,
    view: AccountingConfigurationView,
  })
  async get(@Res({ passthrough: true }) res: Response) {
    const current = await this.configurations.current();
    res.setHeader('ETag', etagFor(current.revision));
    return current;
  }

  @GetConfigurationHistory({ operationId: 'accounting.getConfigurationHistory', roles: CONFIGURATION_READERS })
  async history(): Promise<ConfigurationHistoryView> {
    return configurationHistory(await this.configurations.history(), 'configuration');
  }
}
