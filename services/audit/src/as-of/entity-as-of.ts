import { NotFoundException } from '@nestjs/common';
import type { Sql } from '@hpc-access/sql';
import { entityAsOfAnswer, entityTypeOf, foldAsOf, type Before, type EntityAsOf } from '@hpc-access/audit-as-of';
import { streamEventsUntil, streamExists } from './stream-events.queries';

export type { EntityAsOf };

/**
 * One entity rebuilt from its events as of an instant (404 problem+json for an unknown type, an
 * entity that never existed, or one that did not exist yet at that instant). The decisions route
 * asks this too, for what a decision's maker saw.
 */
export async function entityAsOf(sql: Sql, entityType: string, id: string, asOf: Date, before: Before = {}): Promise<EntityAsOf> {
  const type = entityTypeOf(entityType);
  if (!type) throw new NotFoundException(`unknown entity type ${JSON.stringify(entityType)}`);
  const streamId = type.streamId(id);
  const result = foldAsOf(type, await streamEventsUntil(sql, type.service, streamId, asOf), asOf, before);
  if (!result.existed) {
    throw new NotFoundException(
      (await streamExists(sql, type.service, streamId))
        ? `${entityType} ${id} did not exist yet at ${asOf.toISOString()}: its first event was recorded later`
        : `no ${entityType} ${id}`,
    );
  }
  return entityAsOfAnswer(entityType, id, type, asOf, result);
}
