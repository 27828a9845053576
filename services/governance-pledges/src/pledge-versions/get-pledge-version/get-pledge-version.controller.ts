import { Controller, Get, Param, ParseIntPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { notFound } from '@hpc-access/eventsourcing';
import { badRequest, etagFor } from '@hpc-access/http';
import type { Response } from 'express';
import { READERS } from '../../governance-roles';
import { PledgeCatalogService } from '../pledge-catalog.service';
import { pledgeVersionView } from '../pledge-version-view';

const VersionPipe = new ParseIntPipe({ exceptionFactory: () => badRequest('version', 'must be a whole number') });

@ApiTags('pledge versions')
@ApiBearerAuth()
@Controller('api/governance/pledge-versions')
export class GetPledgeVersionController {
  constructor(private readonly catalog: PledgeCatalogService) {}

  @Get(':version')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One pledge version with its full text; ETag = revision of the version list' })
  async get(@Param('version', VersionPipe) version: number, @Res({ passthrough: true }) res: Response) {
    const { state, revision } = await this.catalog.load();
    const found = state.versions.find((v) => v.pledgeVersion === version);
    if (!found) throw notFound('pledge-version-not-found', `pledge version ${version} does not exist`);
    res.setHeader('ETag', etagFor(revision));
    return pledgeVersionView(found, state);
  }
}
