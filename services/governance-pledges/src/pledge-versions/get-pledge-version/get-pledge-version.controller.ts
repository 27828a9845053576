import { Controller, Get, Param, ParseIntPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { notFound } from '@hpc-access/eventsourcing';
import { ApiProblems, badRequest, etagFor, ETAG_HEADER } from '@hpc-access/http';
import type { Response } from 'express';
import { READERS } from '../../governance-roles';
import { PledgeCatalogService } from '../pledge-catalog.service';
import { PledgeVersionView, pledgeVersionView } from '../pledge-version-view';

const VersionPipe = new ParseIntPipe({ exceptionFactory: () => badRequest('version', 'must be a whole number') });

@ApiTags('pledge versions')
@ApiBearerAuth()
@Controller('api/governance/pledge-versions')
export class GetPledgeVersionController {
  constructor(private readonly catalog: PledgeCatalogService) {}

  @Get(':version')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'governance.getPledgeVersion', summary: 'One pledge version with its full text; ETag = revision of the version list' })
  @ApiParam({ name: 'version', schema: { type: 'integer', minimum: 1 }, description: 'The pledge version number' })
  @ApiOkResponse({ type: PledgeVersionView, headers: ETAG_HEADER })
  @ApiProblems({ status: 404, description: 'No such pledge version' })
  async get(@Param('version', VersionPipe) version: number, @Res({ passthrough: true }) res: Response): Promise<PledgeVersionView> {
    const { state, revision } = await this.catalog.load();
    const found = state.versions.find((v) => v.pledgeVersion === version);
    if (!found) throw notFound('pledge-version-not-found', `pledge version ${version} does not exist`);
    res.setHeader('ETag', etagFor(revision));
    return pledgeVersionView(found, state);
  }
}
