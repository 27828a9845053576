import { Body, Controller, Headers, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, commandContext, type Caller } from '@hpc-access/auth';
import { ApiProblems, etagFor, parseIfMatch, ETAG_HEADER } from '@hpc-access/http';
import type { Response } from 'express';
import { CONFIGURATION_EDITORS } from '../../governance-roles';
import { GovernanceConfigurationDto } from '../configuration.dto';
import { GovernanceConfigurationService } from '../governance-configuration.service';
import { GovernanceConfigurationView } from '../governance-configuration.view';

@ApiTags('governance configuration')
@ApiBearerAuth()
@Controller('api/governance/configuration')
export class ChangeConfigurationController {
  constructor(private readonly configurations: GovernanceConfigurationService) {}

  @Put()
  @Roles(...CONFIGURATION_EDITORS)
  @ApiOperation({ operationId: 'governance.changeConfiguration', summary: 'Replace the governance numbers; each change is an event. Deadlines already scheduled keep their dates' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the configuration changed since' })
  @ApiOkResponse({ type: GovernanceConfigurationView, description: 'The numbers now in force', headers: ETAG_HEADER })
  @ApiProblems(
    { status: 404, description: 'The configuration has not been seeded yet (only while the service starts)' },
    { status: 409, description: 'A concurrent change won' },
    412,
    { status: 422, description: 'A number out of its range' },
  )
  async change(
    @Body() body: GovernanceConfigurationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<GovernanceConfigurationView> {
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
