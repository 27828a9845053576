import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { etagFor } from '@hpc-access/http';
import type { Response } from 'express';
import { CONFIGURATION_READERS } from '../../accounting-roles';
import { AccountingConfigurationService } from '../accounting-configuration.service';

@ApiTags('accounting')
@ApiBearerAuth()
@Controller('api/accounting/configuration')
export class GetConfigurationController {
  constructor(private readonly configurations: AccountingConfigurationService) {}

  @Get()
  @Roles(...CONFIGURATION_READERS)
  @ApiOperation({ summary: 'The accounting configuration in force; ETag = revision of its stream' })
  async get(@Res({ passthrough: true }) res: Response) {
    const current = await this.configurations.current();
    res.setHeader('ETag', etagFor(current.revision));
    return current;
  }

  @Get('history')
  @Roles(...CONFIGURATION_READERS)
  @ApiOperation({ summary: 'Every version of the configuration, with who changed it, in which role, and when' })
  async history() {
    const events = await this.configurations.history();
    return {
      events: events.map((e) => ({ type: e.type, revision: e.streamPosition, recordedAt: e.recordedAt.toISOString(), actor: e.metadata.actor, data: e.data })),
    };
  }
}
