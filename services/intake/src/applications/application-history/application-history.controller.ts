import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { CurrentCaller, type Caller } from '../../caller';
import { READERS } from '../../intake-roles';
import { ApplicationCommands } from '../application-commands';
import { ApplicationIdPipe } from '../application-id.pipe';
import { assertMayAccessOrganisation } from '../domain/access-policy';
import { historyEntries } from '@hpc-access/http';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/applications')
export class ApplicationHistoryController {
  constructor(private readonly applications: ApplicationCommands) {}

  @Get(':id/history')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Every event of the application in order, with who acted, in which role, and when' })
  async history(@Param('id', ApplicationIdPipe) id: string, @CurrentCaller() caller: Caller) {
    const { state, events } = await this.applications.load(id);
    assertMayAccessOrganisation(caller.actor, state.organisationId);
    return {
      applicationId: id,
      events: historyEntries(events),
    };
  }
}
