import { describe, expect, it } from 'vitest';
import { entityOptions, summariseData, typedFor, validateHistorySearch } from './history-search';

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

describe("the auditor's entity picker", () => {
  const listed = [{ value: 'a1', label: 'Model A (org-a)' }];

  it('offers the id in the URL and a typed id that the list does not hold, but not a typed label', () => {
    expect(entityOptions(listed, 'z9', '')).toEqual([{ value: 'z9', label: 'z9' }, ...listed]);
    expect(entityOptions(listed, undefined, ' b2 ')).toEqual([...listed, { value: 'b2', label: 'b2' }]);
    expect(entityOptions(listed, 'a1', 'Model A (org-a)')).toEqual(listed);
  });

  it('forgets what was typed for one kind when another is picked', () => {
    expect(typedFor({ kind: 'application', text: 'abc' }, 'application')).toBe('abc');
    expect(typedFor({ kind: 'application', text: 'abc' }, 'call')).toBe('');
    expect(typedFor({ kind: 'application', text: 'abc' }, undefined)).toBe('');
  });
});
