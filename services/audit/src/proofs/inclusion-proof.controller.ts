import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Roles } from '@hpc-access/auth';
import { eventLeafData, leafHash } from '@hpc-access/ledger';
import { ApiProblems } from '@hpc-access/http';
import type { Database } from '@hpc-access/sql';
import { AUDIT_READERS } from '../audit-roles';
import { AUDIT_DB, AUDIT_OPTIONS, type AuditOptionsShape } from '../audit.tokens';
import { CheckpointStore } from '../checkpoints/checkpoint-store';
import { checkpointView } from '../checkpoints/checkpoint.view';
import { LedgerTree } from '../ledger/ledger-tree';
import { checkpointOf, EVENT_ID_PIPE } from '../shared/params';
import { servedTree } from './served-tree';
import { leafOfEvent } from './ledger-leaves';
import { InclusionProofView } from './proof.views';
import { LedgerIntegrity } from '../history-check/ledger-integrity';

export class InclusionProofQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'The size of the checkpoint to prove against; default the latest' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER) treeSize?: number;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit/ledger/events')
export class InclusionProofController {
  constructor(
    @Inject(AUDIT_DB) private readonly db: Database,
    @Inject(AUDIT_OPTIONS) private readonly options: AuditOptionsShape,
    private readonly checkpoints: CheckpointStore,
    private readonly tree: LedgerTree,
    private readonly integrity: LedgerIntegrity,
  ) {}

  @Get(':eventId/inclusion-proof')
  @Roles(...AUDIT_READERS)
  @ApiOperation({ operationId: 'audit.getInclusionProof', summary: 'Proof that an event is in a signed checkpoint (RFC 9162 inclusion proof), with its leaf data (auditors, administrators)' })
  @ApiParam({ name: 'eventId', description: 'The event\'s id' })
  @ApiOkResponse({ type: InclusionProofView })
  @ApiProblems({ status: 404, description: 'The event is not sequenced yet, not in that checkpoint, or there is no such checkpoint' })
  async get(@Param('eventId', EVENT_ID_PIPE) eventId: string, @Query() query: InclusionProofQuery): Promise<InclusionProofView> {
    const leaf = await leafOfEvent(this.db, this.options.schema, eventId);
    if (!leaf) throw new NotFoundException(`event ${eventId} is not in the ledger (not sequenced yet, or no such event)`);
    const checkpoint = await checkpointOf(this.db, this.checkpoints, query.treeSize);
    if (leaf.leafIndex >= checkpoint.treeSize) throw new NotFoundException(`event ${eventId} is leaf ${leaf.leafIndex}, after the checkpoint of size ${checkpoint.treeSize}: ask a later checkpoint`);
    const tree = await servedTree(this.db, this.tree, this.integrity, checkpoint);
    const data = eventLeafData({ service: leaf.service, streamId: leaf.streamId, streamPosition: leaf.streamPosition, eventId: leaf.eventId, hash: leaf.eventHash });
    return {
      eventId: leaf.eventId,
      service: leaf.service,
      leafIndex: leaf.leafIndex,
      leafData: data.toString('utf8'),
      leafHash: leafHash(data).toString('base64'),
      treeSize: checkpoint.treeSize,
      proof: tree.inclusionProof(leaf.leafIndex, checkpoint.treeSize).map((h) => h.toString('base64')),
      checkpoint: checkpointView(checkpoint),
    };
  }
}
