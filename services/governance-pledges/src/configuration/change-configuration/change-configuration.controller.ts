import { Body, Controller, Headers, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, commandContext, type Caller } from '@hpc-access/auth';
import { etagFor, parseIfMatch } from '@hpc-access/http';
import type { Response } from 'express';
import { CONFIGURATION_EDITORS } from '../../governance-roles';
import { GovernanceConfigurationDto } from '../configuration.dto';
import { GovernanceConfigurationService } from '../governance-configuration.service';

@ApiTags('governance configuration')
@ApiBearerAuth()
@Controller('api/governance/configuration')
export class ChangeConfigurationController {
  constructor(private readonly configurations: GovernanceConfigurationService) {}

  @Put()
  @Roles(...CONFIGURATION_EDITORS)
  @ApiOperation({ summary: 'Replace the governance numbers; each change is an event. Deadlines already scheduled keep their dates' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the configuration changed since' })
  async change(
    @Body() body: GovernanceConfigurationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ) {
    const expectedRevision = parseIfMatch(ifMatch);
    const configuration = {
      attestationPeriodMonths: body.attestationPeriodMonths,
      attestationWindowDays: body.attestationWindowDays,
      gracePeriodDays: body.gracePeriodDays,
      resignPeriodDays: body.resignPeriodDays,
      computeTolerancePercent: body.computeTolerancePercent,
    };
    const result = await this.configurations.change(configuration, commandContext(caller, this.configurations.now()), { correlationId: caller.correlationId, expectedRevision });
    res.setHeader('ETag', etagFor(result.revision));
    return { ...result.configuration, revision: result.revision };
  }
}
