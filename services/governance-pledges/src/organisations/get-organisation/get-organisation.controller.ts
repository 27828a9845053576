import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiProblems, OrganisationIdPipe, ETAG_HEADER } from '@hpc-access/http';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import type { Response } from 'express';
import { READERS } from '../../governance-roles';
import { OrganisationPledgesService } from '../organisation-pledges.service';
import { OrganisationController, respondWithOrganisation } from '../organisation-route';
import { OrganisationPledgeView } from '../organisation-view';

@OrganisationController()
@Controller('api/governance/organisations')
export class GetOrganisationController {
  constructor(private readonly organisations: OrganisationPledgesService) {}

  /** Read from the stream itself, so the ETag is always the current revision. */
  @Get(':organisationId')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'governance.getOrganisation', summary: 'The organisation\'s pledge: signature, lapse, attestations, obligations, breaches, suspension; ETag = stream revision' })
  @ApiOkResponse({ type: OrganisationPledgeView, headers: ETAG_HEADER })
  @ApiProblems({ status: 404, description: 'The organisation is not known to governance' })
  async get(@Param('organisationId', OrganisationIdPipe()) organisationId: string, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    return respondWithOrganisation(res, await this.organisations.loadFor(organisationId, caller));
  }
}
