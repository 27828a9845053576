import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { RecordedEvent } from '@hpc-access/eventsourcing';

/** One event as a history route shows it: what happened, who did it in which role, when, and its hash. */
export interface HistoryEntry {
  eventId: string;
  type: string;
  revision: number;
  recordedAt: string;
  actor: RecordedEvent['metadata']['actor'];
  correlationId: string;
  causationId: string | null;
  data: unknown;
  hash: string;
}

/** Every history route of every service answers with the same entries. */
export function historyEntries(events: readonly RecordedEvent[]): HistoryEntry[] {
  return events.map((e) => ({
    eventId: e.eventId,
    type: e.type,
    revision: e.streamPosition,
    recordedAt: e.recordedAt.toISOString(),
    actor: e.metadata.actor,
    correlationId: e.metadata.correlationId,
    causationId: e.metadata.causationId,
    data: e.data,
    hash: e.hash,
  }));
}

/** Who acted, as a history entry names them. */
@ApiSchema({ name: 'HistoryActor' })
export class HistoryActorView {
  @ApiProperty({ description: 'The user id from the token' }) id!: string;
  @ApiProperty({ description: 'The role the user acted in' }) role!: string;
}

/** The OpenAPI schema of a HistoryEntry: each history route answers an array of them beside its entity's id. */
@ApiSchema({ name: 'HistoryEntry' })
export class HistoryEntryView implements HistoryEntry {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ description: 'The event type, past tense', example: 'ApplicationSubmitted' }) type!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Position in its stream; the ETag after this event' }) revision!: number;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: () => HistoryActorView }) actor!: HistoryActorView;
  @ApiProperty() correlationId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The event or message that caused this one' }) causationId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's data (personal data of erased persons reads \"[erased]\")" }) data!: unknown;
  @ApiProperty({ description: 'SHA-256 of the event chained to the previous one (hex)' }) hash!: string;
}
