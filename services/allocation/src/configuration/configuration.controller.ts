import { Body, Controller, Headers, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, commandContext, type Caller } from '@hpc-access/auth';
import { etagFor, parseIfMatch } from '@hpc-access/http';
import { ChangeConfiguration, GetConfiguration, GetConfigurationHistory, configurationHistory, type ConfigurationHistoryView } from '@hpc-access/versioned-configuration/routes';
import type { Response } from 'express';
import { CONFIGURERS } from '../allocation-roles';
import { UnitOfWork } from '../shared/unit-of-work';
import { ALLOCATION_CLOCK, ALLOCATION_STORE } from '../allocation.tokens';
import type { Clock, EventStore } from '@hpc-access/eventsourcing';
import { ConfigurationService } from './configuration.service';
import { ConfigurationDto } from './configuration.dto';
import type { AllocationConfiguration } from './domain/configuration';
import { allocationConfiguration, configurationDecider } from './domain/configuration.decide';

@ApiTags('allocation configuration')
@ApiBearerAuth()
@Controller('api/allocation/configuration')
export class ConfigurationController {
  constructor(
    private readonly configs: ConfigurationService,
    private readonly units: UnitOfWork,
    @Inject(ALLOCATION_CLOCK) private readonly clock: Clock,
    @Inject(ALLOCATION_STORE) private readonly store: EventStore,
  ) {}

  @GetConfiguration({
    operationId: 'allocation.getConfiguration',
    summary: 'The programme numbers allocation works with; ETag = configuration revision',
    roles: [...CONFIGURERS, 'auditor'],
    view: ConfigurationDto,
    description: 'The configuration in force, in the form a PUT takes',
  })
  async get(@Res({ passthrough: true }) res: Response): Promise<AllocationConfiguration> {
    const { configuration, revision } = await this.configs.load();
    res.setHeader('ETag', etagFor(revision));
    return configuration;
  }

  @GetConfigurationHistory({ operationId: 'allocation.getConfigurationHistory', roles: [...CONFIGURERS, 'auditor'] })
  async history(): Promise<ConfigurationHistoryView> {
    return configurationHistory(await allocationConfiguration.history(this.store), 'configuration');
  }

  @ChangeConfiguration({
    operationId: 'allocation.changeConfiguration',
    summary: 'Replace the configuration (validated; recorded as an event)',
    roles: CONFIGURERS,
    view: ConfigurationDto,
    description: 'The configuration now in force',
    conflict: 'The configuration is already exactly this',
    unprocessable: 'Weights not adding up to 1, a mode code, partition or site twice, or a system hosted by no site or by two',
  })
  async put(@Body() body: ConfigurationDto, @Headers('if-match') ifMatch: string | undefined, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<AllocationConfiguration> {
    const expectedRevision = parseIfMatch(ifMatch);
    const configuration = JSON.parse(JSON.stringify(body)) as AllocationConfiguration;
    // Allocation's own unit of work: the change commits with the outbox of its published events.
    const result = await this.units.run({ correlationId: caller.correlationId }, (w) =>
      w.exec(configurationDecider, allocationConfiguration.streamId, { type: 'ChangeConfiguration', data: { configuration }, context: commandContext(caller, this.clock.now()) }, expectedRevision),
    );
    res.setHeader('ETag', etagFor(result.revision));
    return configuration;
  }
}
