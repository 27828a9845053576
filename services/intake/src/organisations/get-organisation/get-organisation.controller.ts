import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, type Role } from '@hpc-access/auth';
import { ApiProblems, OrganisationIdPipe, etagFor, ETAG_HEADER } from '@hpc-access/http';
import type { Response } from 'express';
import { CurrentCaller, type Caller } from '../../caller';
import { CONTACT_READERS, READERS } from '../../intake-roles';
import { assertMayReadRecordsOf } from '../../applications/access-policy';
import { DossierReaders } from '../../applications/dossier-readers/dossier-readers';
import { OrganisationCommands } from '../organisation-commands';
import { OrganisationView, organisationView } from '../organisation-view';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('api/organisations')
export class GetOrganisationController {
  constructor(private readonly organisations: OrganisationCommands, private readonly dossierReaders: DossierReaders) {}

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({
    operationId: 'intake.getOrganisation',
    summary: 'An organisation with its contact persons (erased persons read as "[erased]"); names, e-mails and phones only for the organisation, intake officers and administrators',
  })
  @ApiOkResponse({ type: OrganisationView, headers: ETAG_HEADER })
  @ApiProblems({ status: 404, description: 'No such organisation' })
  async get(@Param('id', OrganisationIdPipe('id')) id: string, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<OrganisationView> {
    assertMayReadRecordsOf(caller.actor, id);
    await this.dossierReaders.assertMayReadOrganisation(caller.actor, id);
    const { state, revision } = await this.organisations.get(id);
    res.setHeader('ETag', etagFor(revision));
    return organisationView(state, revision, { contacts: CONTACT_READERS.includes(caller.actor.role as Role) });
  }
}
