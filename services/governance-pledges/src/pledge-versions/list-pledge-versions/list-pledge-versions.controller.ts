import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { ApiPageResponse, etagFor, PageQuery, ETAG_HEADER } from '@hpc-access/http';
import type { Response } from 'express';
import { READERS } from '../../governance-roles';
import { PledgeCatalogService } from '../pledge-catalog.service';
import { PledgeVersionSummaryView } from '../pledge-version-view';

export class ListPledgeVersionsQuery extends PageQuery {
}

@ApiTags('pledge versions')
@ApiBearerAuth()
@Controller('api/governance/pledge-versions')
export class ListPledgeVersionsController {
  constructor(private readonly catalog: PledgeCatalogService) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ operationId: 'governance.listPledgeVersions', summary: 'Pledge versions, newest first, without their texts; paginated' })
  @ApiPageResponse(PledgeVersionSummaryView, {
    extraProperties: { currentVersion: { type: 'integer', minimum: 0, description: 'The version organisations must sign now (0 before the first)' } },
    headers: ETAG_HEADER,
  })
  async list(
    @Query() query: ListPledgeVersionsQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ page: number; pageSize: number; total: number; currentVersion: number; items: PledgeVersionSummaryView[] }> {
    const { state, revision } = await this.catalog.load();
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const newestFirst = [...state.versions].reverse();
    res.setHeader('ETag', etagFor(revision));
    return {
      page,
      pageSize,
      total: newestFirst.length,
      currentVersion: state.versions.length,
      items: newestFirst.slice((page - 1) * pageSize, page * pageSize).map((v) => ({
        pledgeVersion: v.pledgeVersion, publishedAt: v.publishedAt, publishedBy: v.publishedBy, resignBy: v.resignBy,
        current: v.pledgeVersion === state.versions.length, summaryOfChanges: v.text.summaryOfChanges ?? null,
      })),
    };
  }
}
