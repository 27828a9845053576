import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { ApiProblems } from '@hpc-access/http';
import type { Sql } from '@hpc-access/sql';
import { AUDIT_READERS } from '../audit-roles';
import { AUDIT_DB } from '../audit.tokens';
import { checkpointOf, TREE_SIZE_PIPE } from '../shared/params';
import { CheckpointStore } from './checkpoint-store';
import { CheckpointView, checkpointView } from './checkpoint.view';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit/ledger/checkpoints')
export class CheckpointsController {
  constructor(@Inject(AUDIT_DB) private readonly db: Sql, private readonly checkpoints: CheckpointStore) {}

  // Declared before ':treeSize', so "latest" is not read as a size.
  @Get('latest')
  @Roles(...AUDIT_READERS)
  @ApiOperation({ operationId: 'audit.getLatestCheckpoint', summary: 'The newest signed checkpoint of the ledger (auditors, administrators)' })
  @ApiOkResponse({ type: CheckpointView })
  @ApiProblems({ status: 404, description: 'No checkpoint has been signed yet' })
  async latest(): Promise<CheckpointView> {
    return checkpointView(await checkpointOf(this.db, this.checkpoints, undefined));
  }

  @Get(':treeSize')
  @Roles(...AUDIT_READERS)
  @ApiOperation({ operationId: 'audit.getCheckpoint', summary: 'The signed checkpoint of one tree size (auditors, administrators)' })
  @ApiParam({ name: 'treeSize', description: 'The tree size the checkpoint was signed at' })
  @ApiOkResponse({ type: CheckpointView })
  @ApiProblems({ status: 404, description: 'No checkpoint of that size was signed' })
  async bySize(@Param('treeSize', TREE_SIZE_PIPE) treeSize: string): Promise<CheckpointView> {
    return checkpointView(await checkpointOf(this.db, this.checkpoints, Number(treeSize)));
  }
}
