import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { newEventId, notFound, type EventStore, type PersonalDataKeys } from '@hpc-access/eventsourcing';
import { badRequest } from '@hpc-access/http';
import { CurrentCaller, type Caller } from '../../caller';
import { CLOCK, INTAKE_KEYS, INTAKE_STORE, type Clock } from '../../intake.tokens';

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
  @ApiOperation({ summary: "Erase a contact person's personal data (irreversible); 404 for a person never registered" })
  async erase(@Param('personId') personId: string, @CurrentCaller() caller: Caller) {
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
