import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ACCESS_MODES } from '@hpc-access/contracts';
import { Roles } from '@hpc-access/auth';
import { STAFF_READERS } from '../../allocation-roles';
import { ApplicationSummaries } from '../../applications/read-models/application-summaries';
import { ConfigurationService } from '../../configuration/configuration.service';
import { TimeToAccessView } from './time-to-access.view';

const average = (values: number[]): number | null => (values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100);

@ApiTags('allocation time to access')
@ApiBearerAuth()
@Controller('api/allocation/time-to-access')
export class GetTimeToAccessController {
  constructor(private readonly applications: ApplicationSummaries, private readonly configs: ConfigurationService) {}

  /** Working days from submission (continuous modes) or the cut-off (Large Scale) to award and to activation. */
  @Get()
  @Roles(...STAFF_READERS)
  @ApiOperation({ operationId: 'allocation.getTimeToAccess', summary: 'Time to access per mode against its target: awards, activations, average working days, share within target' })
  @ApiOkResponse({ type: TimeToAccessView })
  async aggregate() {
    const { modes } = await this.configs.current();
    const rows = await this.applications.awarded();
    return {
      modes: ACCESS_MODES.map((mode) => {
        const awarded = rows.filter((r) => r.mode === mode);
        const activated = awarded.filter((r) => r.working_days_to_access !== null);
        const within = activated.filter((r) => (r.working_days_to_access ?? 0) <= r.target_working_days);
        return {
          mode,
          targetWorkingDays: modes[mode].targetWorkingDays,
          awarded: awarded.length,
          activated: activated.length,
          averageWorkingDaysToAward: average(awarded.map((r) => r.working_days_to_award)),
          averageWorkingDaysToAccess: average(activated.map((r) => r.working_days_to_access ?? 0)),
          activatedWithinTarget: within.length,
          shareWithinTarget: activated.length === 0 ? null : Math.round((within.length / activated.length) * 1000) / 1000,
        };
      }),
    };
  }
}
