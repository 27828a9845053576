import { Body, Controller, Headers, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { etagFor, parseIfMatch } from '@hpc-access/http';
import type { EventStore } from '@hpc-access/eventsourcing';
import { ChangeConfiguration, GetConfiguration, GetConfigurationHistory, configurationHistory, type ConfigurationHistoryView } from '@hpc-access/versioned-configuration/routes';
import type { Response } from 'express';
import { CurrentCaller, commandContext, type Caller } from '../../caller';
import { CLOCK, INTAKE_STORE, type Clock } from '../../intake.tokens';
import { programmeConfiguration } from '../domain/programme-configuration';
import { ProgrammeConfiguration } from '../programme-configuration';
import { ProgrammeConfigurationView } from './programme-configuration.view';
import { ChangeProgrammeConfigurationDto } from './programme-rules.dto';

@ApiTags('configuration')
@ApiBearerAuth()
@Controller('api/intake/configuration')
export class ProgrammeConfigurationController {
  constructor(
    private readonly configuration: ProgrammeConfiguration,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(INTAKE_STORE) private readonly store: EventStore,
  ) {}

  @GetConfiguration({
    operationId: 'intake.getProgrammeConfiguration',
    summary: 'The programme rules intake screens against: modes and limits, SME thresholds, countries, systems',
    roles: ['intake-officer', 'administrator', 'auditor', 'applicant', 'allocation-committee'],
    view: ProgrammeConfigurationView,
  })
  async get(@Res({ passthrough: true }) res: Response): Promise<ProgrammeConfigurationView> {
    const current = await this.configuration.current();
    res.setHeader('ETag', etagFor(current.revision));
    return current;
  }

  // Not the applicant, who reads the rules in force: who changed them and why is the staff's record.
  @GetConfigurationHistory({ operationId: 'intake.getProgrammeConfigurationHistory', roles: ['intake-officer', 'administrator', 'auditor', 'allocation-committee'] })
  async history(): Promise<ConfigurationHistoryView> {
    return configurationHistory(await programmeConfiguration.history(this.store), programmeConfiguration.names.key);
  }

  @ChangeConfiguration({
    operationId: 'intake.changeProgrammeConfiguration',
    summary: 'Replace the programme rules; the change is an event with its reason',
    roles: ['administrator'],
    view: ProgrammeConfigurationView,
    description: 'The rules now in force',
    subject: 'rules',
    conflict: 'A concurrent change won, or the rules were never seeded',
    unprocessable: 'The rules contradict themselves (limits inverted, duplicate codes, systems or partitions)',
  })
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
