import { Body, Controller, Get, Headers, Inject, Param, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import type { Sql } from '@hpc-access/sql';
import { ApiPageResponse, ApiProblems, badRequest, etagFor } from '@hpc-access/http';
import type { Response } from 'express';
import { CONFIGURATION_WRITERS, LEDGER_READERS } from '../../accounting-roles';
import { ACCOUNTING_DB, ACCOUNTING_OPTIONS, type AccountingOptionsShape } from '../../accounting.tokens';
import { PageQuery } from '../../shared/page.query';
import { SlurmAccountMappings, slurmAccountMappingView } from './slurm-account-mappings';
import { listSlurmAccountMappings } from './slurm-account-mappings.queries';
import { SlurmAccountMappingView } from './slurm-account-mapping.view';

const SYSTEM = /^[a-z0-9][a-z0-9_-]{0,63}$/;
/** Slurm account names: letters, digits, `.`, `_`, `-` (sacctmgr keeps them in lower case). */
const SLURM_ACCOUNT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export class MapSlurmAccountDto {
  @ApiProperty({ example: 'alloc-1', description: 'The allocation whose account the Slurm account is: active in accounting, on the same system' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, { message: 'allocationId must be 1 to 128 letters, digits, ., _, : or -' }) allocationId!: string;
}

export class SlurmAccountMappingsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'lumi' }) @IsOptional() @Matches(SYSTEM, { message: 'system must be a system id' }) system?: string;
}

@ApiTags('accounting')
@ApiBearerAuth()
@Controller('api/accounting/account-mappings')
export class MapSlurmAccountController {
  constructor(
    private readonly mappings: SlurmAccountMappings,
    @Inject(ACCOUNTING_DB) private readonly db: Sql,
    @Inject(ACCOUNTING_OPTIONS) private readonly options: AccountingOptionsShape,
  ) {}

  @Put(':system/:account')
  @Roles(...CONFIGURATION_WRITERS)
  @ApiOperation({
    operationId: 'accounting.mapSlurmAccount',
    summary: "Charge a Slurm account that is not a project id to an allocation on the same system (project ids match their account whatever the case); records already flagged under it are charged by the next reassessment",
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the mapping changed since' })
  @ApiOkResponse({ type: SlurmAccountMappingView })
  @ApiProblems(412, { status: 422, description: 'The allocation is not active in accounting, or is on another system' })
  async map(
    @Param('system') system: string,
    @Param('account') account: string,
    @Body() body: MapSlurmAccountDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SlurmAccountMappingView> {
    if (!SYSTEM.test(system)) throw badRequest('system', 'system must be a system id');
    if (!SLURM_ACCOUNT.test(account)) throw badRequest('account', 'account must be 1 to 64 letters, digits, ., _ or -');
    const mapped = slurmAccountMappingView(await this.mappings.map(system, account, body.allocationId, caller, ifMatch));
    res.setHeader('ETag', etagFor(mapped.revision));
    return mapped;
  }

  @Get()
  @Roles(...LEDGER_READERS)
  @ApiOperation({ operationId: 'accounting.listSlurmAccountMappings', summary: 'Slurm accounts mapped to allocations by accounting officers; by system; paginated' })
  @ApiPageResponse(SlurmAccountMappingView)
  async list(@Query() query: SlurmAccountMappingsQuery) {
    const { rows, ...page } = await listSlurmAccountMappings(this.db, this.options.schema, { system: query.system }, query);
    return { ...page, items: rows };
  }
}
