import { describe, expect, it } from 'vitest';
import { canWithdraw, withdrawValidators } from './withdraw-form';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key);

describe('withdrawing an application', () => {
  it('is offered until the award, not after a decision that ended it', () => {
    for (const status of ['draft', 'submitted', 'screening', 'information-requested', 'eligible', 'ethics-information-requested']) expect(canWithdraw(status)).toBe(true);
    for (const status of ['awarded', 'refused', 'ineligible', 'withdrawn']) expect(canWithdraw(status)).toBe(false);
  });

  it('needs a reason of 3 to 2,000 characters', () => {
    const { reason } = withdrawValidators(t);
    expect(reason('  ok ')).toBe('withdraw.reasonRequired');
    expect(reason('We found capacity elsewhere')).toBeNull();
    expect(reason('x'.repeat(2001))).toBe('validation.tooLong {"max":2000}');
  });
});
