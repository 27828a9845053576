import { describe, expect, it } from 'vitest';
import { canEndEarly, canResume, reasonError, splitReasons, type SuspensionReason } from './allocation-actions';

const reason = (cause: SuspensionReason['cause']): SuspensionReason => ({
  cause,
  reason: `because ${cause}`,
  since: '2026-12-01T00:00:00.000Z',
  actorId: 'someone',
  suspendedBy: cause === 'overuse' ? 'accounting' : cause === 'governance' ? 'governance' : 'staff',
});

describe("the committee's actions on an allocation", () => {
  it("lifts only the committee's own reasons; governance's remains", () => {
    const { lifted, remaining } = splitReasons([reason('governance'), reason('overuse'), reason('staff-decision')]);
    expect(lifted.map((r) => r.cause)).toEqual(['overuse', 'staff-decision']);
    expect(remaining.map((r) => r.cause)).toEqual(['governance']);
  });

  it('offers resume only when a reason of its own is there', () => {
    expect(canResume({ status: 'suspended', suspensions: [reason('overuse')] })).toBe(true);
    expect(canResume({ status: 'suspended', suspensions: [reason('governance')] })).toBe(false);
    expect(canResume({ status: 'active', suspensions: [] })).toBe(false);
  });

  it('offers closing early or revoking until the allocation is closed', () => {
    expect(canEndEarly({ status: 'active' })).toBe(true);
    expect(canEndEarly({ status: 'suspended' })).toBe(true);
    expect(canEndEarly({ status: 'closed' })).toBe(false);
  });

  it('wants a reason that says something', () => {
    expect(reasonError('  ', 'required')).toBe('required');
    expect(reasonError('The work ended in November', 'required')).toBeNull();
  });
});
