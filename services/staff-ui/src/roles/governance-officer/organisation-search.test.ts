import { describe, expect, it } from 'vitest';
import { validateBreachSearch, validateOrganisationSearch, withOrganisationFilter } from './organisation-search';

describe('governance lists in the URL', () => {
  it('keeps known filters and flags set to true, drops the rest', () => {
    expect(validateOrganisationSearch({ status: 'signed', overdue: 'true', suspended: 'false', page: '2', x: 1 })).toEqual({ status: 'signed', overdue: true, page: 2 });
    expect(validateOrganisationSearch({ status: 'nope', openBreaches: true })).toEqual({ openBreaches: true });
    expect(validateBreachSearch({ status: 'open', page: '1' })).toEqual({ status: 'open' });
  });

  it('goes back to page 1 when a filter changes', () => {
    expect(withOrganisationFilter({ status: 'signed', overdue: true, page: 3 }, { flags: ['suspended'] })).toEqual({ status: 'signed', suspended: true });
    expect(withOrganisationFilter({ status: 'signed', overdue: true, page: 3 }, { status: null })).toEqual({ overdue: true });
  });
});
