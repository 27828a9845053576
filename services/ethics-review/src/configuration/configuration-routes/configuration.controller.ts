import { Body, Controller, Get, Headers, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { ApiProblems, etagFor, ETAG_HEADER } from '@hpc-access/http';
import type { Response } from 'express';
import { ETHICS_STAFF } from '../../ethics-review-roles';
import { ConfigurationCommands } from '../configuration-commands';
import { EthicsConfigurationDto } from './configuration.dto';
import { EthicsConfigurationView } from './ethics-configuration.view';

@ApiTags('ethics configuration')
@ApiBearerAuth()
@Controller('api/ethics/configuration')
export class ConfigurationController {
  constructor(private readonly configuration: ConfigurationCommands) {}

  @Get()
  @Roles(...ETHICS_STAFF, 'auditor')
  @ApiOperation({ operationId: 'ethics.getConfiguration', summary: 'The ethics review configuration; ETag = revision of the configuration stream' })
  @ApiOkResponse({ type: EthicsConfigurationView, headers: ETAG_HEADER })
  @ApiProblems({ status: 404, description: 'The configuration has not been seeded yet (only while the service starts)' })
  async get(@Res({ passthrough: true }) res: Response): Promise<EthicsConfigurationView> {
    const { settings, revision } = await this.configuration.current();
    res.setHeader('ETag', etagFor(revision));
    return { ...settings, revision };
  }

  @Put()
  @Roles(...ETHICS_STAFF)
  @ApiOperation({ operationId: 'ethics.changeConfiguration', summary: 'Replace the configuration; recorded as an event; applies to cases opened and commands made from now on' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the configuration changed since' })
  @ApiOkResponse({ type: EthicsConfigurationView, description: 'The configuration now in force', headers: ETAG_HEADER })
  @ApiProblems(
    { status: 404, description: 'The configuration has not been seeded yet (only while the service starts)' },
    { status: 409, description: 'A concurrent change won' },
    412,
    { status: 422, description: 'No principle, a principle listed twice, or fewer than one reviewer for a mode' },
  )
  async put(
    @Body() body: EthicsConfigurationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EthicsConfigurationView> {
    const { settings, revision } = await this.configuration.change({ ...body, reviewersRequired: { ...body.reviewersRequired } }, caller, ifMatch);
    res.setHeader('ETag', etagFor(revision));
    return { ...settings, revision };
  }
}
