import { describe, expect, it } from 'vitest';
import { summariseData, validateHistorySearch } from './history-search';

describe("the auditor's history picker", () => {
  it('keeps a known kind and a plausible id in the URL, an id only with its kind', () => {
    expect(validateHistorySearch({ kind: 'ethics-case', id: '7c1e2b3a-0000-4000-8000-000000000001', x: 'y' })).toEqual({ kind: 'ethics-case', id: '7c1e2b3a-0000-4000-8000-000000000001' });
    expect(validateHistorySearch({ kind: 'invoice', id: 'abc' })).toEqual({});
    expect(validateHistorySearch({ kind: 'organisation', id: '../etc/passwd' })).toEqual({ kind: 'organisation' });
  });

  it('names a capacity ledger by system and partition, one slash, no climbing', () => {
    expect(validateHistorySearch({ kind: 'capacity-ledger', id: 'leonardo/booster' })).toEqual({ kind: 'capacity-ledger', id: 'leonardo/booster' });
    expect(validateHistorySearch({ kind: 'capacity-ledger', id: 'leonardo/../x' })).toEqual({ kind: 'capacity-ledger' });
    expect(validateHistorySearch({ kind: 'capacity-ledger', id: 'leonardo' })).toEqual({ kind: 'capacity-ledger' });
    expect(validateHistorySearch({ kind: 'call', id: 'leonardo/booster' })).toEqual({ kind: 'call' });
  });

  it("summarises an event's data on one line, long values cut", () => {
    expect(summariseData({ reviewerId: 'rev-anja', conflict: true })).toBe('reviewerId: rev-anja · conflict: true');
    expect(summariseData({ text: 'x'.repeat(100) })).toBe(`text: ${'x'.repeat(39)}…`);
    expect(summariseData({ a: 'y'.repeat(30), b: 'y'.repeat(30), c: 'y'.repeat(30), d: 'y'.repeat(30), e: 'y'.repeat(30) }, 50)).toHaveLength(50);
  });
});
