import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { etagFor } from '@hpc-access/http';
import { GetConfiguration } from '@hpc-access/versioned-configuration/routes';
import type { Response } from 'express';
import { CONFIGURATION_READERS } from '../../accounting-roles';
import { AccountingConfigurationService } from '../accounting-configuration.service';
import { AccountingConfigurationView, AccountingConfigurationHistoryView } from '../configuration.view';

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

  @Get('history')
  @Roles(...CONFIGURATION_READERS)
  @ApiOperation({ operationId: 'accounting.getConfigurationHistory', summary: 'Every version of the configuration, with who changed it, in which role, and when' })
  @ApiOkResponse({ type: AccountingConfigurationHistoryView })
  async history() {
    return { events: await this.configurations.history() };
  }
}
