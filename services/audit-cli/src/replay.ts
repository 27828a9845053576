import { entityAsOfAnswer, entityTypeOf, foldAsOf, type EntityAsOf, type StoredStreamEvent } from '@hpc-access/audit-as-of';
import { BundleFormatError, storedEventOf, type BundleHeader, type EventLine } from '@hpc-access/audit-bundle';
import { bundleRecords } from './bundle-source';

/** The entity cannot be replayed from this bundle (unknown, not there, not existing yet, a range that lacks it): exit 2. */
export class ReplayError extends Error {}

/**
 * The entity as of `asOf`, from a bundle, offline: the events of its stream (in the owning
 * service's schema) read from the bundle, folded with libs/audit-as-of, the very fold the audit
 * service's `GET /api/audit/entities/{entityType}/{id}?asOf=` answers with. The answer has that
 * route's shape. The bundle's integrity is `verify`'s business (run first with --verifier-key).
 */
export async function replayFromBundle(path: string, entityType: string, id: string, asOf: Date): Promise<EntityAsOf> {
  const type = entityTypeOf(entityType);
  if (!type) throw new ReplayError(`unknown entity type "${entityType}"`);
  const streamId = type.streamId(id);
  const events: StoredStreamEvent[] = [];
  let header: BundleHeader | undefined;
  for await (const { record, lineNumber } of bundleRecords(path)) {
    if (lineNumber === 1) {
      if (record.record !== 'bundle') throw new BundleFormatError(`${path}: its first line is not a bundle header: not an audit bundle`);
      header = record as unknown as BundleHeader;
    }
    if (record.record !== 'event' || record.service !== type.service || record.stream_id !== streamId) continue;
    const stored = storedEventOf(record as unknown as EventLine, lineNumber);
    events.push({ eventId: stored.eventId, type: stored.type, streamPosition: stored.streamPosition, recordedAt: new Date(stored.recordedAt), data: stored.data, hash: stored.hash });
  }
  if (!header) throw new BundleFormatError(`${path}: empty: not an audit bundle`);
  // A time-range bundle holds the events recorded in [from, to) only: it can say nothing of a
  // later instant, nor of a stream whose first events are before the range.
  const to = header.range?.to;
  if (to && asOf.getTime() >= Date.parse(to)) throw new ReplayError(`the bundle holds the events recorded before ${to} only: export one that covers ${asOf.toISOString()}`);
  if (events.length === 0) throw new ReplayError(`no ${entityType} ${id} in this bundle (no event of stream ${streamId} in ${type.service})`);
  const first = Math.min(...events.map((e) => e.streamPosition));
  if (first > 0) throw new ReplayError(`the bundle holds stream ${streamId} from position ${first} only (a time-range bundle): its first events are not in it; export one from an earlier instant`);
  const result = foldAsOf(type, events, asOf);
  if (!result.existed) throw new ReplayError(`${entityType} ${id} did not exist yet at ${asOf.toISOString()}: its first event was recorded later`);
  return entityAsOfAnswer(entityType, id, type, asOf, result);
}

/** The answer for a person: where it comes from, the last event applied, then the state as the service holds it. */
export function replayReportText(source: string, verified: string, answer: EntityAsOf): string {
  const last = answer.lastEvent;
  return [
    `hpc-audit replay: ${answer.entityType} ${answer.id} as of ${answer.asOf}, from ${source} (${verified})`,
    `service ${answer.service}, stream ${answer.streamId}, folded with ${answer.evolve}`,
    `events applied: ${answer.eventsApplied}; the last: ${last.type} at position ${last.streamPosition}, recorded ${last.recordedAt}, event ${last.eventId}, hash ${last.hash}`,
    'state (personal data as stored, encrypted):',
    JSON.stringify(answer.state, null, 2),
    '',
  ].join('\n');
}
