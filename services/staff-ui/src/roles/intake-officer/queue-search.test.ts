import { describe, expect, it } from 'vitest';
import { validateQueueSearch, withFilter } from './queue-search';

describe('the screening queue in the URL', () => {
  it('keeps the filters and page the API accepts', () => {
    expect(validateQueueSearch({ status: 'screening', mode: 'playground', organisationId: 'org-demo-aurora-models', page: '3' })).toEqual({ status: 'screening', mode: 'playground', organisationId: 'org-demo-aurora-models', page: 3 });
  });

  it('drops what the API would refuse and anything it does not know', () => {
    expect(validateQueueSearch({ status: 'awarded-yesterday', mode: 'PLAYGROUND', organisationId: 'X', page: '0', sort: 'name' })).toEqual({});
    expect(validateQueueSearch({ page: 1.5 })).toEqual({});
  });

  it('returns to page 1 when a filter changes, and a cleared filter leaves the URL', () => {
    expect(withFilter({ status: 'screening', page: 4 }, { mode: 'fast-lane' })).toEqual({ status: 'screening', mode: 'fast-lane' });
    expect(withFilter({ status: 'screening', mode: 'fast-lane' }, { status: null })).toEqual({ mode: 'fast-lane' });
    expect(withFilter({ organisationId: 'org-demo-tessellate' }, { organisationId: '' })).toEqual({});
  });
});
