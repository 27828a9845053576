import { canonicalJson, chainHash, InMemoryEventStore } from '@hpc-access/eventsourcing';
import { eventLine, storedHashedContent, type StoredEvent } from '@hpc-access/audit-bundle';
import { someEvents } from '@hpc-access/testing';
import { blockEvent, checkBundleBlock, type BlockResult } from './bundle-blocks';
import { fullLineCheck } from './bundle-line-full';

/** Three events of one stream as the store chained them, in their stored form. */
async function storedEvents(): Promise<StoredEvent[]> {
  const store = new InMemoryEventStore();
  await store.appendToStream('application-1', someEvents(3));
  return (await store.readStream('application-1')).map((e) => ({ ...e, service: 'intake', recordedAt: e.recordedAt.toISOString(), data: { zeta: 1, alpha: { b: 2, a: [1, 'x'] }, ...e.data as object } }))
    .reduce<StoredEvent[]>((chain, e) => {
      // Re-chained over the data above (unsorted keys), as a store that held it would have.
      const prevHash = chain.at(-1)?.hash ?? null;
      const event = { ...e, prevHash } as StoredEvent;
      return [...chain, { ...event, hash: chainHash(prevHash, event.streamPosition, storedHashedContent(event)) }];
    }, []);
}

const block = (lines: string[]) => Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8');
const events = (result: BlockResult) => result.eventId.map((_, i) => blockEvent(result, i));
// The line as a JSON writer would put it: the members in export's order, data with its keys as stored (not sorted).
const plainLine = (e: StoredEvent) => JSON.stringify({ record: 'event', service: e.service, global_position: e.globalPosition, transaction_id: e.transactionId, stream_id: e.streamId, stream_position: e.streamPosition, event_id: e.eventId, type: e.type, data: e.data, metadata: e.metadata, recorded_at: e.recordedAt, hash: e.hash, prev_hash: e.prevHash });

describe('the short path of a bundle block: the line\'s own bytes of data and metadata hashed', () => {
  it('export writes data and metadata in canonical JSON, in the member order the short path reads', async () => {
    const [event] = await storedEvents();
    const line = eventLine(event);
    expect(line).toContain(`,"data":${canonicalJson(event.data)},"metadata":${canonicalJson(event.metadata)},"recorded_at":`);
    expect(JSON.parse(line)).toMatchObject({ record: 'event', data: event.data, metadata: event.metadata, hash: event.hash });
  });

  it('gives what the full path gives, without needing it, for lines in export\'s form', async () => {
    const stored = await storedEvents();
    const lines = [...stored.map(eventLine), '{"record":"end","events":3,"sha256":"00"}'];
    const short = checkBundleBlock(block(['{"record":"bundle"}', ...lines]), '{"record":"bundle"}\n'.length, 2);
    // Without the full path at hand the block asks for it: here only for the end record.
    expect(short).toBeNull();
    const full = checkBundleBlock(block(lines), 0, 2, fullLineCheck);
    const eventsOnly = checkBundleBlock(block(lines.slice(0, 3)), 0, 2);
    expect(eventsOnly).not.toBeNull();
    expect(events(eventsOnly!)).toEqual(events(full).map((e) => ({ ...e })));
    expect(eventsOnly!.mismatches).toEqual([]);
    expect(events(full).map((e) => e.eventId)).toEqual(stored.map((e) => e.eventId));
    expect(full.others).toEqual([{ line: 5, eventsBefore: 3, record: { record: 'end', events: 3, sha256: '00' } }]);
  });

  it('leaves a line not in export\'s form to the full path, which verifies it (an older export, keys as stored)', async () => {
    const stored = await storedEvents();
    const lines = stored.map(plainLine);
    expect(checkBundleBlock(block(lines), 0, 1)).toBeNull();
    const result = checkBundleBlock(block(lines), 0, 1, fullLineCheck);
    expect(result.mismatches).toEqual([]);
    expect(result.eventId).toEqual(stored.map((e) => e.eventId));
  });

  it('names an edited data byte as a mismatch, the full path\'s verdict', async () => {
    const stored = await storedEvents();
    const lines = stored.map(eventLine);
    lines[1] = lines[1].replace('"zeta":1', '"zeta":2');
    const result = checkBundleBlock(block(lines), 0, 1, fullLineCheck);
    expect(result.mismatches).toEqual([1]);
    expect(result.eventId).toHaveLength(3);
  });

  it('does not take a line with a second "data" member (the one a JSON reader keeps): the full path hashes what a reader reads', async () => {
    const stored = await storedEvents();
    const lines = stored.map(eventLine);
    // The signed data stays where the short path looks; a forged one follows, and JSON.parse keeps the last.
    lines[2] = lines[2].replace(/}$/, ',"data":{"forged":true}}');
    expect(checkBundleBlock(block(lines), 0, 1)).toBeNull();
    const result = checkBundleBlock(block(lines), 0, 1, fullLineCheck);
    expect(result.mismatches).toEqual([2]);
  });

  it('numbers lines from the block\'s first and reports what is not a record', () => {
    const result = checkBundleBlock(block(['not json', '{"no":"record"}']), 0, 7, fullLineCheck);
    expect(result.others).toEqual([
      { line: 7, eventsBefore: 0, error: 'line 7 is not JSON: the bundle was cut or edited' },
      { line: 8, eventsBefore: 0, error: 'line 8: not a bundle record (no "record" member)' },
    ]);
    expect(result.lines).toBe(2);
  });
});
