import { Body, Controller, Headers, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, type Caller } from '@hpc-access/auth';
import { etagFor } from '@hpc-access/http';
import { ChangeConfiguration } from '@hpc-access/versioned-configuration/routes';
import type { Response } from 'express';
import { CONFIGURATION_WRITERS } from '../../accounting-roles';
import { AccountingConfigurationService } from '../accounting-configuration.service';
import type { AccountingConfiguration } from '../domain/configuration';
import { AccountingConfigurationDto } from './configuration.dto';
import { AccountingConfigurationView } from '../configuration.view';

@ApiTags('accounting')
@ApiBearerAuth()
@Controller('api/accounting/configuration')
export class ChangeConfigurationController {
  constructor(private readonly configurations: AccountingConfigurationService) {}

  @ChangeConfiguration({
    operationId: 'accounting.changeConfiguration',
    summary: 'Replace the accounting configuration (billing rules, peak FLOP/s, thresholds, overuse and underuse policy)',
    roles: CONFIGURATION_WRITERS,
    view: AccountingConfigurationView,
    description: 'The configuration now in force',
    conflict: 'Changed concurrently; read it again and retry',
    unprocessable: 'A partition with two billing rules, thresholds not ascending, an unknown time zone or job state, COMPLETED not charged…',
  })
  async change(
    @Body() body: AccountingConfigurationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ) {
    // A plain copy: the event stores data, not the DTO's class instances.
    const configuration = JSON.parse(JSON.stringify(body)) as AccountingConfiguration;
    const result = await this.configurations.change(configuration, caller, ifMatch);
    res.setHeader('ETag', etagFor(result.revision));
    return result;
  }
}
