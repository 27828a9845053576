import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { CurrentCaller, Roles, assertMayActOnSystem, type Caller } from '@hpc-access/auth';
import { DomainError } from '@hpc-access/eventsourcing';
import { badRequest } from '@hpc-access/http';
import { LEDGER_READERS, systemScope } from '../../accounting-roles';
import { SITE_ID } from '../../usage/upload-scope';
import { HostingSites } from '../hosting-sites';
import { UsageCheckpoints } from '../usage-checkpoints';
import { UsageCheckpointView } from './usage-checkpoint.view';

export class UsageCheckpointQuery {
  @ApiPropertyOptional({ example: 'leonardo', description: "The system whose checkpoint to answer (an agent reads each system's jobs apart); default: the latest of any" })
  @IsOptional() @Matches(/^[a-z0-9][a-z0-9_-]{0,63}$/, { message: 'system must be a system id' }) system?: string;
}

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
  async get(@Param('siteId') siteId: string, @Query() query: UsageCheckpointQuery, @CurrentCaller() caller: Caller): Promise<UsageCheckpointView> {
    if (!SITE_ID.test(siteId)) throw badRequest('siteId', 'siteId must be a site id such as csc');
    const scope = await systemScope(caller, this.sites);
    if (scope.kind === 'site' && scope.siteId !== siteId) throw new DomainError('forbidden', 'not-your-site', `a token of site ${scope.siteId} cannot read site ${siteId}'s checkpoint`, 'siteId');
    if (scope.kind === 'site' && query.system !== undefined) assertMayActOnSystem(scope, query.system, 'system');
    return this.checkpoints.last(siteId, query.system);
  }
}
