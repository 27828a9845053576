import { Body, Controller, Headers, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, commandContext, type Caller } from '@hpc-access/auth';
import { etagFor, parseIfMatch } from '@hpc-access/http';
import { ChangeConfiguration } from '@hpc-access/versioned-configuration/routes';
import type { Response } from 'express';
import { CONFIGURATION_EDITORS } from '../../governance-roles';
import { attestationReminderDaysOf } from '../domain/configuration';
import { GovernanceConfigurationDto } from '../configuration.dto';
import { GovernanceConfigurationService } from '../governance-configuration.service';
import { GovernanceConfigurationView } from '../governance-configuration.view';

@ApiTags('governance configuration')
@ApiBearerAuth()
@Controller('api/governance/configuration')
export class ChangeConfigurationController {
  constructor(private readonly configurations: GovernanceConfigurationService) {}

  @ChangeConfiguration({
    operationId: 'governance.changeConfiguration',
    summary: 'Replace the governance numbers; each change is an event. Deadlines already scheduled keep their dates',
    roles: CONFIGURATION_EDITORS,
    view: GovernanceConfigurationView,
    description: 'The numbers now in force',
    notSeeded: true,
    conflict: 'A concurrent change won',
    unprocessable: 'A number out of its range',
  })
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
      // A client that does not know the reminder leaves it as it is.
      attestationReminderDays: body.attestationReminderDays ?? attestationReminderDaysOf((await this.configurations.current()).configuration),
    };
    const result = await this.configurations.change(configuration, commandContext(caller, this.configurations.now()), { correlationId: caller.correlationId, expectedRevision });
    res.setHeader('ETag', etagFor(result.revision));
    return { ...result.configuration, attestationReminderDays: attestationReminderDaysOf(result.configuration), revision: result.revision };
  }
}
