import { Body, Controller, Get, Headers, Inject, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { ApiProblems, etagFor, parseIfMatch, ETAG_HEADER } from '@hpc-access/http';
import type { Response } from 'express';
import { CurrentCaller, commandContext, type Caller } from '../../caller';
import { CLOCK, type Clock } from '../../intake.tokens';
import { ProgrammeConfiguration } from '../programme-configuration';
import { ProgrammeConfigurationView } from './programme-configuration.view';
import { ChangeProgrammeConfigurationDto } from './programme-rules.dto';

@ApiTags('configuration')
@ApiBearerAuth()
@Controller('api/intake/configuration')
export class ProgrammeConfigurationController {
  constructor(private readonly configuration: ProgrammeConfiguration, @Inject(CLOCK) private readonly clock: Clock) {}

  @Get()
  @Roles('intake-officer', 'administrator', 'auditor', 'applicant', 'allocation-committee')
  @ApiOperation({ operationId: 'intake.getProgrammeConfiguration', summary: 'The programme rules intake screens against: modes and limits, SME thresholds, countries, systems' })
  @ApiOkResponse({ type: ProgrammeConfigurationView, headers: ETAG_HEADER })
  async get(@Res({ passthrough: true }) res: Response): Promise<ProgrammeConfigurationView> {
    const current = await this.configuration.current();
    res.setHeader('ETag', etagFor(current.revision));
    return current;
  }

  @Put()
  @Roles('administrator')
  @ApiOperation({ operationId: 'intake.changeProgrammeConfiguration', summary: 'Replace the programme rules; the change is an event with its reason' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the rules changed since' })
  @ApiOkResponse({ type: ProgrammeConfigurationView, description: 'The rules now in force', headers: ETAG_HEADER })
  @ApiProblems(
    { status: 409, description: 'A concurrent change won, or the rules were never seeded' },
    412,
    { status: 422, description: 'The rules contradict themselves (limits inverted, duplicate codes, systems or partitions)' },
  )
  async change(
    @Body() body: ChangeProgrammeConfigurationDto,
    @CurrentCaller() caller: Caller,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ProgrammeConfigurationView> {
    const result = await this.configuration.change(
      { rules: { ...body.rules, eligibleCountries: { ...body.rules.eligibleCountries } }, reason: body.reason },
      commandContext(caller, this.clock.now()),
      { correlationId: caller.correlationId, expectedRevision: parseIfMatch(ifMatch) },
    );
    res.setHeader('ETag', etagFor(result.revision));
    return result;
  }
}
