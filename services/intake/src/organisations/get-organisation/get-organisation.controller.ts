import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { etagFor } from '@hpc-access/http';
import type { Response } from 'express';
import { CurrentCaller, type Caller } from '../../caller';
import { READERS } from '../../intake-roles';
import { assertMayAccessOrganisation } from '../../applications/domain/access-policy';
import { OrganisationCommands } from '../organisation-commands';
import { organisationView } from '../organisation-view';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('api/organisations')
export class GetOrganisationController {
  constructor(private readonly organisations: OrganisationCommands) {}

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'An organisation with its contact persons (erased persons read as "[erased]")' })
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response) {
    assertMayAccessOrganisation(caller.actor, id);
    const { state, revision } = await this.organisations.get(id);
    res.setHeader('ETag', etagFor(revision));
    return organisationView(state, revision);
  }
}
