import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ENTITY_TYPE_NAMES } from '@hpc-access/audit-as-of';

/** The last event folded into an as-of state: enough to find it on the timeline and prove it. */
@ApiSchema({ name: 'AsOfLastEvent' })
export class AsOfLastEventView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'ApplicationSubmitted' }) type!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Its position in the entity\'s stream' }) streamPosition!: number;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ description: 'SHA-256 chain hash, hex (ADR 6)' }) hash!: string;
}

/** One entity as it stood at an instant, rebuilt with its owning service's own evolve. */
@ApiSchema({ name: 'EntityAsOf' })
export class EntityAsOfView {
  @ApiProperty({ enum: ENTITY_TYPE_NAMES }) entityType!: string;
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'The schema of the service that owns the entity', example: 'intake' }) service!: string;
  @ApiProperty({ example: 'application-3f0c…' }) streamId!: string;
  @ApiProperty({ description: 'The owning service\'s evolve the events were folded with', example: 'intake: evolveApplication' }) evolve!: string;
  @ApiProperty({ format: 'date-time', description: 'The instant asked for' }) asOf!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The state as the owning service\'s domain holds it; personal data stays the ciphertext stored in the events' }) state!: Record<string, unknown>;
  @ApiProperty({ type: AsOfLastEventView, description: 'The last event applied' }) lastEvent!: AsOfLastEventView;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'How many events were applied' }) eventsApplied!: number;
}
