import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import type { Response } from 'express';
import { READERS } from '../../governance-roles';
import { OrganisationPledgesService } from '../organisation-pledges.service';
import { EntityIdPipe, OrganisationController, respondWithOrganisation } from '../organisation-route';

@OrganisationController()
@Controller('api/governance/organisations')
export class GetOrganisationController {
  constructor(private readonly organisations: OrganisationPledgesService) {}

  /** Read from the stream itself, so the ETag is always the current revision. */
  @Get(':organisationId')
  @Roles(...READERS)
  @ApiOperation({ summary: 'The organisation\'s pledge: signature, lapse, attestations, obligations, breaches, suspension; ETag = stream revision' })
  async get(@Param('organisationId', new EntityIdPipe('organisationId')) organisationId: string, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    return respondWithOrganisation(res, await this.organisations.loadFor(organisationId, caller));
  }
}
