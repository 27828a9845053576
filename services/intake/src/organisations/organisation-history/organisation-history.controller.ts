import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, type Role } from '@hpc-access/auth';
import { notFound, type EventStore, type RecordedEvent } from '@hpc-access/eventsourcing';
import { ApiProblems, historyPage, OrganisationIdPipe, PageQuery } from '@hpc-access/http';
import { CurrentCaller, type Caller } from '../../caller';
import { CONTACT_READERS, READERS } from '../../intake-roles';
import { INTAKE_STORE } from '../../intake.tokens';
import { assertMayReadRecordsOf } from '../../applications/access-policy';
import { DossierReaders } from '../../applications/dossier-readers/dossier-readers';
import { organisationStreamId, type ContactPerson } from '../domain/organisation';
import { IntakeOrganisationHistoryView } from './organisation-history.view';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('api/organisations')
export class OrganisationHistoryController {
  constructor(@Inject(INTAKE_STORE) private readonly store: EventStore, private readonly dossierReaders: DossierReaders) {}

  @Get(':id/history')
  @Roles(...READERS)
  @ApiOperation({
    operationId: 'intake.getOrganisationHistory',
    summary: "Every event of the organisation in intake in order, with who acted, in which role, and when; contact persons' names, e-mails and phones only for those who read contacts; paginated",
  })
  @ApiOkResponse({ type: IntakeOrganisationHistoryView })
  @ApiProblems({ status: 404, description: 'No such organisation' })
  async history(@Param('id', OrganisationIdPipe('id')) id: string, @Query() query: PageQuery, @CurrentCaller() caller: Caller): Promise<IntakeOrganisationHistoryView> {
    // The same scope as the organisation itself: its own applicants, staff, and reviewers assigned to one of its cases.
    assertMayReadRecordsOf(caller.actor, id);
    await this.dossierReaders.assertMayReadOrganisation(caller.actor, id);
    const events = await this.store.readStream(organisationStreamId(id));
    if (events.length === 0) throw notFound('organisation-not-found', `organisation ${id} is not registered`);
    const contacts = CONTACT_READERS.includes(caller.actor.role as Role);
    return { organisationId: id, ...historyPage(contacts ? events : events.map(withoutContactDetails), query) };
  }
}

/** As the organisation's own view: without the right to read contacts, a contact is its id and role. */
function withoutContactDetails(event: RecordedEvent): RecordedEvent {
  if (event.type !== 'OrganisationRegistered') return event;
  const data = event.data as { contacts?: ContactPerson[] };
  return { ...event, data: { ...data, contacts: (data.contacts ?? []).map(({ personId, role }) => ({ personId, role })) } };
}
