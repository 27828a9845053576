import { Body, Controller, Headers, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, type Caller } from '@hpc-access/auth';
import { etagFor } from '@hpc-access/http';
import type { EventStore } from '@hpc-access/eventsourcing';
import { ChangeConfiguration, GetConfiguration, GetConfigurationHistory, configurationHistory, type ConfigurationHistoryView } from '@hpc-access/versioned-configuration/routes';
import type { Response } from 'express';
import { ETHICS_STAFF } from '../../ethics-review-roles';
import { ETHICS_STORE } from '../../ethics-review.tokens';
import { ethicsConfiguration } from '../domain/ethics-configuration.decide';
import { ConfigurationCommands } from '../configuration-commands';
import { EthicsConfigurationDto } from './configuration.dto';
import { EthicsConfigurationView } from './ethics-configuration.view';

@ApiTags('ethics configuration')
@ApiBearerAuth()
@Controller('api/ethics/configuration')
export class ConfigurationController {
  constructor(private readonly configuration: ConfigurationCommands, @Inject(ETHICS_STORE) private readonly store: EventStore) {}

  @GetConfiguration({
    operationId: 'ethics.getConfiguration',
    summary: 'The ethics review configuration; ETag = revision of the configuration stream',
    roles: [...ETHICS_STAFF, 'auditor'],
    view: EthicsConfigurationView,
    notSeeded: true,
  })
  async get(@Res({ passthrough: true }) res: Response): Promise<EthicsConfigurationView> {
    const { settings, revision } = await this.configuration.current();
    res.setHeader('ETag', etagFor(revision));
    return { ...settings, revision };
  }

  @GetConfigurationHistory({ operationId: 'ethics.getConfigurationHistory', roles: [...ETHICS_STAFF, 'auditor'] })
  async history(): Promise<ConfigurationHistoryView> {
    return configurationHistory(await ethicsConfiguration.history(this.store), ethicsConfiguration.names.key);
  }

  @ChangeConfiguration({
    operationId: 'ethics.changeConfiguration',
    summary: 'Replace the configuration; recorded as an event; applies to cases opened and commands made from now on',
    roles: ETHICS_STAFF,
    view: EthicsConfigurationView,
    description: 'The configuration now in force',
    notSeeded: true,
    conflict: 'A concurrent change won',
    unprocessable: 'No principle, a principle listed twice, or fewer than one reviewer for a mode',
  })
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
