import { capacityLedgerIdOf, decisionInputs } from './decision-kinds';

describe('which events are decisions, and what their makers saw', () => {
  it('knows the ethics chair\'s decision and allocation\'s award, and nothing else', () => {
    expect(decisionInputs({ service: 'ethics', type: 'EthicsCaseDecided', streamId: 'ethics-case-a1', data: { caseId: 'a1', applicationId: 'a1' } })).toEqual({ kind: 'ethics-decision', applicationId: 'a1' });
    expect(decisionInputs({ service: 'allocation', type: 'ApplicationAwarded', streamId: 'allocation-application-a1', data: { applicationId: 'a1' } })).toEqual({ kind: 'allocation-award', applicationId: 'a1' });
    // Intake records its own ApplicationAwarded (a consequence); the ledger's AllocationAwarded is not the decision either.
    expect(decisionInputs({ service: 'intake', type: 'ApplicationAwarded', streamId: 'application-a1', data: { applicationId: 'a1' } })).toBeNull();
    expect(decisionInputs({ service: 'allocation', type: 'AllocationAwarded', streamId: 'allocation-capacity-vega.gpu', data: { applicationId: 'a1' } })).toBeNull();
    expect(decisionInputs({ service: 'ethics', type: 'EthicsCaseOpened', streamId: 'ethics-case-a1', data: { applicationId: 'a1' } })).toBeNull();
    expect(decisionInputs({ service: 'ethics', type: 'EthicsCaseDecided', streamId: 'ethics-case-a1', data: {} })).toBeNull();
  });

  it('finds the partition ledger from allocation\'s state of the application', () => {
    expect(capacityLedgerIdOf({ request: { system: 'vega', partition: 'gpu' } })).toBe('vega.gpu');
    expect(capacityLedgerIdOf({ request: null })).toBeNull();
    expect(capacityLedgerIdOf(null)).toBeNull();
  });
});
