import { describe, expect, it } from 'vitest';
import { validateCaseSearch } from './case-search';

describe('the case list in the URL', () => {
  it('keeps a known status and a page past the first, drops anything else', () => {
    expect(validateCaseSearch({ status: 'awaiting-decision', page: '3', other: 'x' })).toEqual({ status: 'awaiting-decision', page: 3 });
    expect(validateCaseSearch({ status: 'approved', page: '1' })).toEqual({});
    expect(validateCaseSearch({ page: '-2' })).toEqual({});
  });
});
