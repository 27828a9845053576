import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { newEventId, notFound, type EventStore, type PersonalDataKeys } from '@hpc-access/eventsourcing';
import { ApiProblems, badRequest } from '@hpc-access/http';
import { CurrentCaller, type Caller } from '../../caller';
import { CLOCK, INTAKE_KEYS, INTAKE_STORE, type Clock } from '../../intake.tokens';
import { PersonErasureView } from './person-erasure.view';

const PERSON_ID = /^person-[0-9a-f-]{36}$/;
export const personStreamId = (personId: string): string => `person-erasure-${personId}`;

/**
 * Right to erasure (GDPR Art. 17) by crypto-shredding: the person's key is deleted, so every
 * encrypted field of theirs reads as "[erased]" while the events and their hashes stay intact.
 */
@ApiTags('organisations')
@ApiBearerAuth()
@Controller('api/persons')
export class ErasePersonController {
  constructor(
    @Inject(INTAKE_STORE) private readonly store: EventStore,
    @Inject(INTAKE_KEYS) private readonly keys: PersonalDataKeys,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':personId/erasure')
  @HttpCode(200)
  @Roles('administrator')
  @ApiOperation({ operationId: 'intake.erasePerson', summary: "Erase a contact person's personal data (irreversible); 404 for a person never registered" })
  @ApiParam({ name: 'personId', schema: { type: 'string', pattern: PERSON_ID.source }, description: 'person-<uuid>, as the organisation lists its contacts' })
  @ApiOkResponse({ type: PersonErasureView })
  @ApiProblems({ status: 404, description: 'No personal data of this person is held' })
  async erase(@Param('personId') personId: string, @CurrentCaller() caller: Caller): Promise<PersonErasureView> {
    if (!PERSON_ID.test(personId)) throw badRequest('personId', 'must be a person id such as person-<uuid>');
    // A person is known here by their key, made when their first event was written.
    if ((await this.keys.status(personId)) === 'unknown') throw notFound('person-not-found', `no personal data of ${personId} is held`);
    const now = this.clock.now();
    // The record first: if deleting the key fails, repeating the request finishes the job.
    await this.store.appendToStream(personStreamId(personId), [{
      eventId: newEventId(),
      type: 'PersonErased',
      data: { personId, erasedAt: now.toISOString() },
      recordedAt: now,
      metadata: { correlationId: caller.correlationId, causationId: null, actor: { id: caller.actor.id, role: caller.actor.role }, schemaVersion: 1 },
    }], { expectedRevision: 'any' });
    await this.keys.erase(personId);
    return { personId, erased: true, erasedAt: now.toISOString() };
  }
}
