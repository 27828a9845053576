import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { CurrentCaller, type Caller } from '../../caller';
import { READERS } from '../../intake-roles';
import { ApplicationCommands } from '../application-commands';
import { ApplicationIdPipe } from '../application-id.pipe';
import { assertMayReadRecordsOf } from '../domain/access-policy';
import { DossierReaders } from '../dossier-readers/dossier-readers';
import { historyEntries } from '@hpc-access/http';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/applications')
export class ApplicationHistoryController {
  constructor(private readonly applications: ApplicationCommands, private readonly dossierReaders: DossierReaders) {}

  @Get(':id/history')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Every event of the application in order, with who acted, in which role, and when' })
  async history(@Param('id', ApplicationIdPipe) id: string, @CurrentCaller() caller: Caller) {
    await this.dossierReaders.assertMayReadApplication(caller.actor, id);
    const { state, events } = await this.applications.load(id);
    assertMayReadRecordsOf(caller.actor, state.organisationId);
    return {
      applicationId: id,
      events: historyEntries(events),
    };
  }
}
