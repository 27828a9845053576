import { Body, Controller, Get, Headers, Inject, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, commandContext, type Caller } from '@hpc-access/auth';
import { ApiProblems, etagFor, parseIfMatch } from '@hpc-access/http';
import type { Response } from 'express';
import { CONFIGURERS } from '../allocation-roles';
import { UnitOfWork } from '../shared/unit-of-work';
import { ALLOCATION_CLOCK } from '../allocation.tokens';
import type { Clock } from '@hpc-access/eventsourcing';
import { ConfigurationService } from './configuration.service';
import { ConfigurationDto } from './configuration.dto';
import { ETAG_HEADER } from '../openapi-headers';
import { CONFIGURATION_STREAM, type AllocationConfiguration } from './domain/configuration';
import { configurationDecider } from './domain/configuration.decide';

@ApiTags('allocation configuration')
@ApiBearerAuth()
@Controller('api/allocation/configuration')
export class ConfigurationController {
  constructor(private readonly configs: ConfigurationService, private readonly units: UnitOfWork, @Inject(ALLOCATION_CLOCK) private readonly clock: Clock) {}

  @Get()
  @Roles(...CONFIGURERS, 'auditor')
  @ApiOperation({ operationId: 'allocation.getConfiguration', summary: 'The programme numbers allocation works with; ETag = configuration revision' })
  @ApiOkResponse({ type: ConfigurationDto, headers: ETAG_HEADER, description: 'The configuration in force, in the form a PUT takes' })
  async get(@Res({ passthrough: true }) res: Response): Promise<AllocationConfiguration> {
    const { configuration, revision } = await this.configs.load();
    res.setHeader('ETag', etagFor(revision));
    return configuration;
  }

  @Put()
  @Roles(...CONFIGURERS)
  @ApiOperation({ operationId: 'allocation.changeConfiguration', summary: 'Replace the configuration (validated; recorded as an event)' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the configuration changed since' })
  @ApiOkResponse({ type: ConfigurationDto, headers: ETAG_HEADER, description: 'The configuration now in force' })
  @ApiProblems(
    { status: 409, description: 'The configuration is already exactly this' },
    412,
    { status: 422, description: 'Weights not adding up to 1, a mode code, partition or site twice, or a system hosted by no site or by two' },
  )
  async put(@Body() body: ConfigurationDto, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<AllocationConfiguration> {
    const expectedRevision = parseIfMatch(ifMatch);
    const configuration = JSON.parse(JSON.stringify(body)) as AllocationConfiguration;
    const result = await this.units.run({ correlationId: caller.correlationId }, (w) =>
      w.exec(configurationDecider, CONFIGURATION_STREAM, { type: 'ChangeConfiguration', data: { configuration }, context: commandContext(caller, this.clock.now()) }, expectedRevision),
    );
    res.setHeader('ETag', etagFor(result.revision));
    return configuration;
  }
}
