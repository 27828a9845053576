import { describe, expect, it } from 'vitest';
import { timelineQuery, validateTimelineSearch, withTimelineFilter } from './timeline-search';

describe("the auditor's timeline filters", () => {
  it('keeps known services, plausible ids and instants, and a page past the first', () => {
    expect(
      validateTimelineSearch({ service: 'governance', streamId: 'organisation-org-demo-lumen', type: 'OrganisationSuspended', actorId: 'governance-maria-santos', role: 'governance-officer', from: '2026-12-01', to: '2026-12-08T10:00:00Z', page: '3', x: 'y' }),
    ).toEqual({ service: 'governance', streamId: 'organisation-org-demo-lumen', type: 'OrganisationSuspended', actorId: 'governance-maria-santos', role: 'governance-officer', from: '2026-12-01T00:00:00.000Z', to: '2026-12-08T10:00:00.000Z', page: 3 });
    expect(validateTimelineSearch({ service: 'billing', type: '<script>', from: 'yesterday', page: 1 })).toEqual({});
  });

  it('goes back to page 1 when a filter changes, and drops an emptied one', () => {
    expect(withTimelineFilter({ service: 'ethics', type: 'X', page: 4 }, { type: '' })).toEqual({ service: 'ethics' });
    expect(withTimelineFilter({ page: 2 }, { service: 'allocation' })).toEqual({ service: 'allocation' });
  });

  it('asks the API for the page with the filters', () => {
    expect(timelineQuery({ service: 'intake', page: 2 }, 25)).toEqual({ service: 'intake', page: 2, pageSize: 25 });
    expect(timelineQuery({}, 25)).toEqual({ page: 1, pageSize: 25 });
  });
});
