import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { CurrentCaller, type Caller } from '../../caller';
import { READERS } from '../../intake-roles';
import { ApplicationCommands } from '../application-commands';
import { ApplicationIdPipe } from '../application-id.pipe';
import { assertMayReadRecordsOf } from '../access-policy';
import { DossierReaders } from '../dossier-readers/dossier-readers';
import { ApiProblems, historyPage, PageQuery } from '@hpc-access/http';
import { ApplicationHistoryView } from './application-history.view';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/applications')
export class ApplicationHistoryController {
  constructor(private readonly applications: ApplicationCommands, private readonly dossierReaders: DossierReaders) {}

  @Get(':id/history')
  @Roles(...READERS)
  @ApiOperation({ operationId: 'intake.getApplicationHistory', summary: 'Every event of the application in order, with who acted, in which role, and when' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The application id' })
  @ApiOkResponse({ type: ApplicationHistoryView })
  @ApiProblems({ status: 404, description: 'No such application' })
  async history(@Param('id', ApplicationIdPipe) id: string, @Query() query: PageQuery, @CurrentCaller() caller: Caller): Promise<ApplicationHistoryView> {
    await this.dossierReaders.assertMayReadApplication(caller.actor, id);
    const { state, events } = await this.applications.load(id);
    assertMayReadRecordsOf(caller.actor, state.organisationId);
    return {
      applicationId: id,
      ...historyPage(events, query),
    };
  }
}
