import { describe, expect, it } from 'vitest';
import { wholeHistory, type HistoryEntry } from './entity-history';

const entry = (revision: number) => ({ revision, type: 'Happened' }) as unknown as HistoryEntry;

describe("an entity's history, paged by the service", () => {
  it('is read page after page until the total, oldest first', async () => {
    const all = Array.from({ length: 230 }, (_, i) => entry(i));
    const asked: Array<[number, number]> = [];
    const events = await wholeHistory(async ({ page, pageSize }) => {
      asked.push([page, pageSize]);
      return { page, pageSize, total: all.length, events: all.slice((page - 1) * pageSize, page * pageSize) };
    });
    expect(asked).toEqual([[1, 100], [2, 100], [3, 100]]);
    expect(events.map((e) => e.revision)).toEqual(all.map((e) => e.revision));
  });
});
