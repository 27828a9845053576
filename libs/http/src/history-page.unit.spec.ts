import type { RecordedEvent } from '@hpc-access/eventsourcing';
import { historyPage } from './history';
import { PAGE_SIZE_DEFAULT } from './pagination';

const event = (position: number): RecordedEvent => ({
  eventId: `0190a0b0-0000-7000-8000-${String(position).padStart(12, '0')}`, type: 'Happened', streamId: 's-1', streamPosition: position, globalPosition: BigInt(position),
  recordedAt: new Date(Date.UTC(2026, 0, 1, 0, position)), data: { n: position },
  metadata: { correlationId: 'c', causationId: null, actor: { id: 'u', role: 'auditor' }, schemaVersion: 1 }, hash: `h${position}`, prevHash: null,
} as unknown as RecordedEvent);

describe('a history pages as the lists do', () => {
  const events = Array.from({ length: 45 }, (_, i) => event(i));

  it('answers the first page of the default size, oldest first, with the whole history counted', () => {
    const page = historyPage(events);
    expect(page).toMatchObject({ page: 1, pageSize: PAGE_SIZE_DEFAULT, total: 45 });
    expect(page.events.map((e) => e.revision)).toEqual(Array.from({ length: PAGE_SIZE_DEFAULT }, (_, i) => i));
  });

  it('answers the page asked for, a short last page, and an empty page past the end', () => {
    expect(historyPage(events, { page: 3, pageSize: 20 }).events.map((e) => e.revision)).toEqual([40, 41, 42, 43, 44]);
    expect(historyPage(events, { page: 2, pageSize: 2 }).events.map((e) => e.revision)).toEqual([2, 3]);
    expect(historyPage(events, { page: 9, pageSize: 10 })).toEqual({ page: 9, pageSize: 10, total: 45, events: [] });
  });
});
