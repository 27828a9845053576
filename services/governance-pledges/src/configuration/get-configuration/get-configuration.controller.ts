import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { ApiProblems, etagFor, ETAG_HEADER } from '@hpc-access/http';
import type { Response } from 'express';
import { CONFIGURATION_EDITORS } from '../../governance-roles';
import { GovernanceConfigurationService } from '../governance-configuration.service';
import { GovernanceConfigurationView } from '../governance-configuration.view';

@ApiTags('governance configuration')
@ApiBearerAuth()
@Controller('api/governance/configuration')
export class GetConfigurationController {
  constructor(private readonly configurations: GovernanceConfigurationService) {}

  @Get()
  @Roles(...CONFIGURATION_EDITORS, 'auditor')
  @ApiOperation({ operationId: 'governance.getConfiguration', summary: 'The governance numbers in force; ETag = revision of the configuration stream' })
  @ApiOkResponse({ type: GovernanceConfigurationView, headers: ETAG_HEADER })
  @ApiProblems({ status: 404, description: 'The configuration has not been seeded yet (only while the service starts)' })
  async get(@Res({ passthrough: true }) res: Response): Promise<GovernanceConfigurationView> {
    const { configuration, revision } = await this.configurations.current();
    res.setHeader('ETag', etagFor(revision));
    return { ...configuration, revision };
  }
}
