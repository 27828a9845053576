import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Roles } from '@hpc-access/auth';
import { ApiProblems, badRequest } from '@hpc-access/http';
import type { Database } from '@hpc-access/sql';
import { AUDIT_READERS } from '../audit-roles';
import { AUDIT_DB } from '../audit.tokens';
import { CheckpointStore } from '../checkpoints/checkpoint-store';
import { checkpointView } from '../checkpoints/checkpoint.view';
import { LedgerIntegrity } from '../history-check/ledger-integrity';
import { LedgerTree } from '../ledger/ledger-tree';
import { checkpointOf } from '../shared/params';
import { ConsistencyProofView } from './proof.views';
import { servedTree } from './served-tree';

export class ConsistencyProofQuery {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The size of the older checkpoint' })
  @Type(() => Number) @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER) from!: number;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'The size of the newer checkpoint (at least from)' })
  @Type(() => Number) @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER) to!: number;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit/ledger/consistency-proof')
export class ConsistencyProofController {
  constructor(
    @Inject(AUDIT_DB) private readonly db: Database,
    private readonly checkpoints: CheckpointStore,
    private readonly tree: LedgerTree,
    private readonly integrity: LedgerIntegrity,
  ) {}

  @Get()
  @Roles(...AUDIT_READERS)
  @ApiOperation({ operationId: 'audit.getConsistencyProof', summary: 'Proof that the older checkpoint is a prefix of the newer: nothing was rewritten between them (RFC 9162 consistency proof; auditors, administrators)' })
  @ApiOkResponse({ type: ConsistencyProofView })
  @ApiProblems({ status: 404, description: 'No checkpoint of one of the sizes was signed' })
  async get(@Query() query: ConsistencyProofQuery): Promise<ConsistencyProofView> {
    if (query.from > query.to) throw badRequest('from', `from (${query.from}) must not be above to (${query.to})`);
    const from = await checkpointOf(this.db, this.checkpoints, query.from);
    const to = await checkpointOf(this.db, this.checkpoints, query.to);
    const tree = await servedTree(this.db, this.tree, this.integrity, to);
    return {
      fromSize: from.treeSize,
      toSize: to.treeSize,
      proof: tree.consistencyProof(from.treeSize, to.treeSize).map((h) => h.toString('base64')),
      from: checkpointView(from),
      to: checkpointView(to),
    };
  }
}
