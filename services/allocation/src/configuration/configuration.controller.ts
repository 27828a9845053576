import { Body, Controller, Get, Headers, Inject, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, commandContext, type Caller } from '@hpc-access/auth';
import { etagFor, parseIfMatch } from '@hpc-access/http';
import type { Response } from 'express';
import { CONFIGURERS } from '../allocation-roles';
import { UnitOfWork } from '../flow/unit-of-work';
import { ALLOCATION_CLOCK } from '../allocation.tokens';
import type { Clock } from '@hpc-access/eventsourcing';
import { ConfigurationService } from './configuration.service';
import { ConfigurationDto } from './configuration.dto';
import { CONFIGURATION_STREAM, type AllocationConfiguration } from './domain/configuration';
import { configurationDecider } from './domain/configuration.decide';

@ApiTags('allocation configuration')
@ApiBearerAuth()
@Controller('api/allocation/configuration')
export class ConfigurationController {
  constructor(private readonly configs: ConfigurationService, private readonly units: UnitOfWork, @Inject(ALLOCATION_CLOCK) private readonly clock: Clock) {}

  @Get()
  @Roles(...CONFIGURERS, 'auditor')
  @ApiOperation({ summary: 'The programme numbers allocation works with; ETag = configuration revision' })
  async get(@Res({ passthrough: true }) res: Response): Promise<AllocationConfiguration> {
    const { configuration, revision } = await this.configs.load();
    res.setHeader('ETag', etagFor(revision));
    return configuration;
  }

  @Put()
  @Roles(...CONFIGURERS)
  @ApiOperation({ summary: 'Replace the configuration (validated; recorded as an event)' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the configuration changed since' })
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
