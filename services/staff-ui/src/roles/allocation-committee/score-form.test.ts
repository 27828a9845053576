import { describe, expect, it } from 'vitest';
import { scoreValidators, weighted } from './score-form';

describe('score form', () => {
  it('takes whole numbers from 1 to 5 only', () => {
    const v = scoreValidators('1 to 5');
    expect([v.excellence(1), v.excellence(5), v.implementation(3)]).toEqual([null, null, null]);
    expect([v.excellence(0), v.excellence(6), v.innovationAndImpact(2.5), v.implementation('')]).toEqual(['1 to 5', '1 to 5', '1 to 5', '1 to 5']);
  });

  it('weights the criteria as the configuration says', () => {
    expect(weighted({ excellence: 5, innovationAndImpact: 4, implementation: 4 }, { excellence: 0.4, innovationAndImpact: 0.35, implementation: 0.25 })).toBe(4.4);
  });
});
