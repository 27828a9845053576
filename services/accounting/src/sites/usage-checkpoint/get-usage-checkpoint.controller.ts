import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import { DomainError } from '@hpc-access/eventsourcing';
import { badRequest } from '@hpc-access/http';
import { LEDGER_READERS, systemScope } from '../../accounting-roles';
import { SITE_ID } from '../../usage/upload-scope';
import { HostingSites } from '../hosting-sites';
import { UsageCheckpoints } from '../usage-checkpoints';
import { UsageCheckpointView } from './usage-checkpoint.view';

@ApiTags('accounting')
@ApiBearerAuth()
@Controller('api/accounting/sites')
export class GetUsageCheckpointController {
  constructor(private readonly checkpoints: UsageCheckpoints, private readonly sites: HostingSites) {}

  /** A site's agent reads its own (to resume after a restart); staff and auditors read any. */
  @Get(':siteId/usage-checkpoint')
  @Roles('site', ...LEDGER_READERS)
  @ApiOperation({ operationId: 'accounting.getUsageCheckpoint', summary: "The last checkpoint a site's agent sent with a usage batch, committed with that batch: where a restarted agent resumes. A site reads only its own" })
  @ApiOkResponse({ type: UsageCheckpointView })
  async get(@Param('siteId') siteId: string, @CurrentCaller() caller: Caller): Promise<UsageCheckpointView> {
    if (!SITE_ID.test(siteId)) throw badRequest('siteId', 'siteId must be a site id such as csc');
    const scope = await systemScope(caller, this.sites);
    if (scope.kind === 'site' && scope.siteId !== siteId) throw new DomainError('forbidden', 'not-your-site', `a token of site ${scope.siteId} cannot read site ${siteId}'s checkpoint`, 'siteId');
    return this.checkpoints.last(siteId);
  }
}
