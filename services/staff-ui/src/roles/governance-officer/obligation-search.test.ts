import { describe, expect, it } from 'vitest';
import { obligationQuery, validateObligationSearch } from './obligation-search';

describe("the obligations list's URL", () => {
  it('keeps known filters and a page past the first, drops the rest', () => {
    expect(validateObligationSearch({ status: 'evidence-submitted', overdue: 'true', page: '3' })).toEqual({ status: 'evidence-submitted', overdue: true, page: 3 });
    expect(validateObligationSearch({ status: 'late', overdue: 'no', page: '1' })).toEqual({});
    expect(validateObligationSearch({ page: '-2' })).toEqual({});
  });

  it('asks the API for the page and only the filters set', () => {
    expect(obligationQuery({}, 20)).toEqual({ page: 1, pageSize: 20 });
    expect(obligationQuery({ status: 'open', overdue: true, page: 2 }, 20)).toEqual({ page: 2, pageSize: 20, status: 'open', overdue: true });
  });
});
