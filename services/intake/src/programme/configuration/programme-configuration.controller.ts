import { Body, Controller, Get, Headers, Inject, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { etagFor, parseIfMatch } from '@hpc-access/http';
import type { Response } from 'express';
import { CurrentCaller, commandContext, type Caller } from '../../caller';
import { CLOCK, type Clock } from '../../intake.tokens';
import { ProgrammeConfiguration } from '../programme-configuration';
import type { ProgrammeRules } from '../programme-rules';
import { ChangeProgrammeConfigurationDto } from './programme-rules.dto';

@ApiTags('configuration')
@ApiBearerAuth()
@Controller('api/intake/configuration')
export class ProgrammeConfigurationController {
  constructor(private readonly configuration: ProgrammeConfiguration, @Inject(CLOCK) private readonly clock: Clock) {}

  @Get()
  @Roles('intake-officer', 'administrator', 'auditor', 'applicant', 'allocation-committee')
  @ApiOperation({ summary: 'The programme rules intake screens against: modes and limits, SME thresholds, countries, systems' })
  async get(@Res({ passthrough: true }) res: Response): Promise<{ rules: ProgrammeRules; revision: number }> {
    const current = await this.configuration.current();
    res.setHeader('ETag', etagFor(current.revision));
    return current;
  }

  @Put()
  @Roles('administrator')
  @ApiOperation({ summary: 'Replace the programme rules; the change is an event with its reason' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the rules changed since' })
  async change(
    @Body() body: ChangeProgrammeConfigurationDto,
    @CurrentCaller() caller: Caller,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ rules: ProgrammeRules; revision: number }> {
    const result = await this.configuration.run(
      { type: 'ChangeProgrammeConfiguration', data: { rules: { ...body.rules, eligibleCountries: { ...body.rules.eligibleCountries } }, reason: body.reason }, context: commandContext(caller, this.clock.now()) },
      { correlationId: caller.correlationId, expectedRevision: parseIfMatch(ifMatch) },
    );
    res.setHeader('ETag', etagFor(result.revision));
    return result;
  }
}
