import { describe, expect, it } from 'vitest';
import { inView, validateAllocationsSearch } from './allocations-search';

describe('allocation list views', () => {
  it('keeps a known view in the URL and drops anything else', () => {
    expect(validateAllocationsSearch({ view: 'overuse' })).toEqual({ view: 'overuse' });
    expect(validateAllocationsSearch({ view: 'all' })).toEqual({});
    expect(validateAllocationsSearch({ view: 'drop table' })).toEqual({});
  });

  it('filters by alerts, overuse and underuse', () => {
    const quiet = { highestThresholdReached: null, overuse: false, underuse: false };
    const alerted = { highestThresholdReached: 75, overuse: false, underuse: false };
    expect([inView('alerts', quiet), inView('alerts', alerted), inView('all', quiet)]).toEqual([false, true, true]);
    expect(inView('overuse', { ...alerted, overuse: true })).toBe(true);
    expect(inView('underuse', alerted)).toBe(false);
  });
});
