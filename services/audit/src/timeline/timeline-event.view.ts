import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { TimelineRow } from './timeline.queries';

@ApiSchema({ name: 'TimelineActor' })
export class TimelineActorView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'intake-officer' }) role!: string;
}

/** An event as stored, with what an auditor needs to recompute its hash and its leaf. */
@ApiSchema({ name: 'TimelineEvent' })
export class TimelineEventView {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Its leaf index in the audit ledger (the timeline\'s order)' }) ledgerIndex!: number;
  @ApiProperty({ description: 'The schema of the service that recorded it', example: 'intake' }) service!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'ApplicationSubmitted' }) type!: string;
  @ApiProperty({ description: 'The entity\'s stream' }) streamId!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) streamPosition!: number;
  @ApiProperty({ description: 'Its position in its service\'s table (a decimal string)', example: '42' }) globalPosition!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: TimelineActorView, nullable: true, description: 'Who did it, as the metadata says' }) actor!: TimelineActorView | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The schema version of its data, if the metadata names one' }) schemaVersion!: number | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The data as stored: personal data stays the ciphertext the hash covers' }) data!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The metadata as stored' }) metadata!: Record<string, unknown>;
  @ApiProperty({ description: 'SHA-256 chain hash, hex (ADR 6)' }) hash!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The hash of the stream\'s event before it; null for the first' }) prevHash!: string | null;
}

export function timelineEventView(row: TimelineRow): TimelineEventView {
  const actor = row.metadata?.actor as { id?: unknown; role?: unknown } | undefined;
  const schemaVersion = row.metadata?.schemaVersion;
  return {
    ledgerIndex: Number(row.leaf_index),
    service: row.service,
    eventId: row.event_id,
    type: row.type,
    streamId: row.stream_id,
    streamPosition: row.stream_position,
    globalPosition: String(row.global_position),
    recordedAt: new Date(row.recorded_at).toISOString(),
    actor: actor && typeof actor.id === 'string' && typeof actor.role === 'string' ? { id: actor.id, role: actor.role } : null,
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : null,
    data: row.data as Record<string, unknown>,
    metadata: row.metadata,
    hash: row.hash,
    prevHash: row.prev_hash,
  };
}
