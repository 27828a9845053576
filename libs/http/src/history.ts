import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { RecordedEvent } from '@hpc-access/eventsourcing';
import { PAGE_SIZE_DEFAULT, type PageQuery } from './pagination';

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

/** One page of a history, paged as every list is: `page`, `pageSize`, `total`, and the entries (oldest first). */
export interface HistoryPage {
  page: number;
  pageSize: number;
  total: number;
  events: HistoryEntry[];
}

/**
 * The one way every history route pages (`?page=&pageSize=`, the lists' PageQuery and defaults):
 * the entity's events oldest first, `total` counting them all whatever the page.
 */
export function historyPage(events: readonly RecordedEvent[], query: PageQuery = {}): HistoryPage {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? PAGE_SIZE_DEFAULT;
  const from = (page - 1) * pageSize;
  return { page, pageSize, total: events.length, events: historyEntries(events.slice(from, from + pageSize)) };
}

/** The OpenAPI schema of a HistoryPage: each history view extends it with its entity's id. */
export class HistoryPageView implements HistoryPage {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The page returned (from 1)' }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The most events a page holds' }) pageSize!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many events the whole history holds, whatever the page' }) total!: number;
  @ApiProperty({ type: () => [HistoryEntryView], description: 'Oldest first' }) events!: HistoryEntryView[];
}
