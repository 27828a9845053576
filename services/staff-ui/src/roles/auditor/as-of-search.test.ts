import { describe, expect, it } from 'vitest';
import { validateAsOfSearch } from './as-of-search';

describe("the auditor's as-of choice", () => {
  it('keeps a known entity type, a plausible id and an instant, normalised', () => {
    expect(validateAsOfSearch({ entityType: 'allocation', id: '0195-abc', asOf: '2026-12-01T12:00:00+01:00' })).toEqual({ entityType: 'allocation', id: '0195-abc', asOf: '2026-12-01T11:00:00.000Z' });
  });

  it('drops what the API would refuse', () => {
    expect(validateAsOfSearch({ entityType: 'invoice', id: 'a/../b', asOf: 'soon' })).toEqual({});
  });
});
