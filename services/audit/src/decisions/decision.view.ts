import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { EntityAsOfView } from '../as-of/as-of.view';

/** The deciding event as stored (personal data stays encrypted). */
@ApiSchema({ name: 'DecidingEvent' })
export class DecidingEventView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ description: 'The schema of the service that recorded it', example: 'ethics' }) service!: string;
  @ApiProperty({ example: 'EthicsCaseDecided' }) type!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) streamPosition!: number;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The data as stored' }) data!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The metadata as stored (actor, correlation, schema version)' }) metadata!: Record<string, unknown>;
  @ApiProperty({ description: 'SHA-256 chain hash, hex (ADR 6)' }) hash!: string;
}

/** What the maker of a decision saw: each entity just before the decision. */
@ApiSchema({ name: 'DecisionSeen' })
export class DecisionSeenView {
  @ApiProperty({ type: EntityAsOfView, nullable: true, description: 'The application as intake held it' }) application!: EntityAsOfView | null;
  @ApiPropertyOptional({ type: EntityAsOfView, nullable: true, description: 'Ethics decision: the case with its assignments and reviews' }) ethicsCase?: EntityAsOfView | null;
  @ApiPropertyOptional({ type: EntityAsOfView, nullable: true, description: 'Award: allocation\'s view of the application (technical assessment, ethics outcome, scores)' }) allocationApplication?: EntityAsOfView | null;
  @ApiPropertyOptional({ type: EntityAsOfView, nullable: true, description: 'Award: the capacity ledger of the application\'s partition (reservations, holds, queue)' }) capacity?: EntityAsOfView | null;
}

@ApiSchema({ name: 'Decision' })
export class DecisionView {
  @ApiProperty({ enum: ['ethics-decision', 'allocation-award'] }) kind!: string;
  @ApiProperty({ type: DecidingEventView }) event!: DecidingEventView;
  @ApiProperty({ format: 'date-time', description: 'The decision\'s recorded time. The deciding entity is shown without the decision and what followed it; the others from the events recorded before this instant (the decision\'s consequences, recorded at the same instant, are not)' }) asOf!: string;
  @ApiProperty({ type: DecisionSeenView }) seen!: DecisionSeenView;
}
