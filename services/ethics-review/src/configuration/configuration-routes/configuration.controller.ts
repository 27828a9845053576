import { Body, Controller, Get, Headers, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { etagFor } from '@hpc-access/http';
import type { Response } from 'express';
import { ETHICS_STAFF } from '../../ethics-review-roles';
import { ConfigurationCommands } from '../configuration-commands';
import type { EthicsSettings } from '../domain/ethics-configuration';
import { EthicsConfigurationDto } from './configuration.dto';

@ApiTags('ethics configuration')
@ApiBearerAuth()
@Controller('api/ethics/configuration')
export class ConfigurationController {
  constructor(private readonly configuration: ConfigurationCommands) {}

  @Get()
  @Roles(...ETHICS_STAFF, 'auditor')
  @ApiOperation({ summary: 'The ethics review configuration; ETag = revision of the configuration stream' })
  async get(@Res({ passthrough: true }) res: Response): Promise<EthicsSettings & { revision: number }> {
    const { settings, revision } = await this.configuration.current();
    res.setHeader('ETag', etagFor(revision));
    return { ...settings, revision };
  }

  @Put()
  @Roles(...ETHICS_STAFF)
  @ApiOperation({ summary: 'Replace the configuration; recorded as an event; applies to cases opened and commands made from now on' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the configuration changed since' })
  async put(
    @Body() body: EthicsConfigurationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EthicsSettings & { revision: number }> {
    const { settings, revision } = await this.configuration.change({ ...body, reviewersRequired: { ...body.reviewersRequired } }, caller, ifMatch);
    res.setHeader('ETag', etagFor(revision));
    return { ...settings, revision };
  }
}
