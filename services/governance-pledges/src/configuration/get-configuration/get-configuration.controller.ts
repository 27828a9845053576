import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { etagFor } from '@hpc-access/http';
import type { Response } from 'express';
import { CONFIGURATION_EDITORS } from '../../governance-roles';
import { GovernanceConfigurationService } from '../governance-configuration.service';

@ApiTags('governance configuration')
@ApiBearerAuth()
@Controller('api/governance/configuration')
export class GetConfigurationController {
  constructor(private readonly configurations: GovernanceConfigurationService) {}

  @Get()
  @Roles(...CONFIGURATION_EDITORS, 'auditor')
  @ApiOperation({ summary: 'The governance numbers in force; ETag = revision of the configuration stream' })
  async get(@Res({ passthrough: true }) res: Response) {
    const { configuration, revision } = await this.configurations.current();
    res.setHeader('ETag', etagFor(revision));
    return { ...configuration, revision };
  }
}
