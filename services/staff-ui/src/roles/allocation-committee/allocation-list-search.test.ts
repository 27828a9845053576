import { describe, expect, it } from 'vitest';
import { allocationListQuery, validateAllocationListSearch, withAllocationFilter } from './allocation-list-search';

describe("the committee's allocation list in the URL", () => {
  it('keeps the filters and page the API accepts', () => {
    expect(validateAllocationListSearch({ status: 'suspended', mode: 'fast-lane', organisationId: 'org-demo-aurora-models', page: '2' })).toEqual({ status: 'suspended', mode: 'fast-lane', organisationId: 'org-demo-aurora-models', page: 2 });
  });

  it('drops what the API would refuse and anything it does not know', () => {
    expect(validateAllocationListSearch({ status: 'draft', mode: 'FAST-LANE', organisationId: 'Org A', page: '1', sort: 'oldest' })).toEqual({});
    expect(validateAllocationListSearch({ page: '2.5' })).toEqual({});
  });

  it('returns to page 1 when a filter changes, and a cleared filter leaves the URL', () => {
    expect(withAllocationFilter({ status: 'active', page: 3 }, { mode: 'playground' })).toEqual({ status: 'active', mode: 'playground' });
    expect(withAllocationFilter({ status: 'active', mode: 'playground' }, { status: null })).toEqual({ mode: 'playground' });
    expect(withAllocationFilter({ organisationId: 'org-demo-volta' }, { organisationId: '' })).toEqual({});
  });

  it('asks the API for the page and only the filters that are set', () => {
    expect(allocationListQuery({}, 20)).toEqual({ page: 1, pageSize: 20 });
    expect(allocationListQuery({ status: 'closed', page: 4 }, 20)).toEqual({ page: 4, pageSize: 20, status: 'closed' });
  });
});
