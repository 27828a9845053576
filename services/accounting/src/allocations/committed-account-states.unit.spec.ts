import { fold, InMemoryEventStore, newEventId, type EventStore } from '@hpc-access/eventsourcing';
import { CommittedAccountStates } from './committed-account-states';
import { allocationAccountStreamId, type AllocationAccountEvent, type AllocationTerms } from './domain/allocation-account';
import { allocationAccountDecider } from './domain/allocation-account.decide';

const terms: AllocationTerms = {
  allocationId: 'alloc-1', applicationId: 'app-1', organisationId: 'org-a', projectId: 'EHPC-AIF-2026PG01-1147', mode: 'playground',
  system: 'lumi', partition: 'lumi-g', gpuHours: 1000, monthlyQuotaGpuHours: 334, start: '2026-11-01', end: '2027-01-31',
};
const opened: AllocationAccountEvent = { type: 'AllocationAccountOpened', data: { ...terms, activatedAt: '2026-11-01T08:00:00Z' } };
const suspended: AllocationAccountEvent = { type: 'AllocationAccountSuspended', data: { allocationId: 'alloc-1', reason: 'overuse', suspendedAt: '2026-11-10T00:00:00Z' } };
const resumed: AllocationAccountEvent = { type: 'AllocationAccountResumed', data: { allocationId: 'alloc-1', resumedAt: '2026-11-11T00:00:00Z' } };
const charged = (importId: string, gpuHours: number, total: number): AllocationAccountEvent => ({
  type: 'UsageBatchCharged',
  data: {
    allocationId: 'alloc-1', organisationId: 'org-a', projectId: terms.projectId, importId, jobIds: [importId], gpuHours, energyKwh: 0, estimatedFlop: 0,
    byMonth: { '2026-11': gpuHours }, totals: { chargedGpuHours: total, energyKwh: 0, estimatedTrainingFlop: 0, jobs: 1 }, chargedAt: '2026-11-20T09:00:00Z',
  },
});
const metadata = { correlationId: 'c', causationId: null, actor: { id: 'site-lumi', role: 'site' }, schemaVersion: 1 };
const append = (store: EventStore, ...events: AllocationAccountEvent[]) =>
  store.appendToStream(allocationAccountStreamId('alloc-1'), events.map((e) => ({ eventId: newEventId(), type: e.type, data: e.data, metadata, recordedAt: new Date() })));
/** What folding the whole stream gives: the kept state plus the tail must always equal it. */
const wholeFold = async (store: EventStore) =>
  fold(allocationAccountDecider, (await store.readStream(allocationAccountStreamId('alloc-1'))).map((e) => ({ type: e.type, data: e.data }) as AllocationAccountEvent));

/** Counts the events each read returned, to show a kept state reads only the tail. */
class CountingStore extends InMemoryEventStore {
  eventsRead = 0;
  override async readStream(...args: Parameters<InMemoryEventStore['readStream']>) {
    const events = await super.readStream(...args);
    this.eventsRead += events.length;
    return events;
  }
}

describe('the committed states of allocation accounts', () => {
  it('reads the whole stream once, then from the kept revision on, and folds to the same state as a whole read', async () => {
    const store = new CountingStore();
    await append(store, opened, charged('i-1', 10, 10), charged('i-2', 5, 15));
    const states = new CommittedAccountStates();
    const first = await states.read('alloc-1', store);
    expect(store.eventsRead).toBe(3);
    expect(first).toMatchObject({ revision: 2, state: await wholeFold(store) });
    states.keep('alloc-1', first);

    // Another writer (a suspension from allocation's events) appended since: the read sees it.
    await append(store, suspended, resumed, charged('i-3', 1, 16));
    store.eventsRead = 0;
    const second = await states.read('alloc-1', store);
    expect(store.eventsRead).toBe(4); // the kept event again (to check it is the same) and the three after it
    expect(second).toMatchObject({ revision: 5, state: await wholeFold(store) });

    // Nothing appended since the kept revision: one event read.
    states.keep('alloc-1', second);
    store.eventsRead = 0;
    expect(await states.read('alloc-1', store)).toEqual(second);
    expect(store.eventsRead).toBe(1);
  });

  it('reads the whole stream again when the event at the kept revision is another (a store reset under the process)', async () => {
    const before = new InMemoryEventStore();
    await append(before, opened, charged('i-1', 10, 10), charged('i-2', 5, 15));
    const states = new CommittedAccountStates();
    states.keep('alloc-1', await states.read('alloc-1', before));

    const after = new InMemoryEventStore();
    await append(after, opened, suspended, charged('i-9', 2, 2), charged('i-10', 3, 5));
    expect(await states.read('alloc-1', after)).toMatchObject({ revision: 3, state: await wholeFold(after) });
    expect((await states.read('alloc-1', new InMemoryEventStore())).state).toEqual({ status: 'none' });
  });

  it('never goes back to an older revision, and keeps nothing for a stream that does not exist', async () => {
    const store = new InMemoryEventStore();
    const states = new CommittedAccountStates();
    states.keep('alloc-1', await states.read('alloc-1', store));
    await append(store, opened);
    const old = await states.read('alloc-1', store);
    await append(store, charged('i-1', 10, 10));
    const newer = await states.read('alloc-1', store);
    states.keep('alloc-1', newer);
    states.keep('alloc-1', old);
    expect(await states.read('alloc-1', store)).toEqual(newer);
  });

  it('keeps at most the allocations and import ids it is given, forgetting the least recently kept', async () => {
    const store = new InMemoryEventStore();
    const states = new CommittedAccountStates({ allocations: 10, importIds: 3 });
    const charge = (allocationId: string, importId: string) => ({ ...charged(importId, 1, 1), data: { ...charged(importId, 1, 1).data, allocationId } }) as AllocationAccountEvent;
    for (const id of ['a', 'b', 'c']) {
      await store.appendToStream(allocationAccountStreamId(id), [opened, charge(id, `${id}-1`), charge(id, `${id}-2`)].map((e) => ({ eventId: newEventId(), type: e.type, data: e.data, metadata, recordedAt: new Date() })));
    }
    states.keep('a', await states.read('a', store));
    expect(states.size).toBe(1);
    states.keep('b', await states.read('b', store));
    expect(states.size).toBe(1); // four import ids in all: 'a' made room
    states.keep('c', await states.read('c', store));
    expect(states.size).toBe(1);
    expect((await states.read('c', store)).state).toEqual(await fold(allocationAccountDecider, (await store.readStream(allocationAccountStreamId('c'))).map((e) => ({ type: e.type, data: e.data }) as AllocationAccountEvent)));
  });
});
