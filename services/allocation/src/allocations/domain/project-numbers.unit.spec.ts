import { deciderSpec } from '@hpc-access/testing';
import { projectId, projectNumbersDecider } from './project-numbers';

const context = { now: new Date('2026-11-02T09:00:00.000Z'), actor: { id: 'allocation', role: 'system' } };

describe('project ids', () => {
  it('look like EHPC-AIF-2026PG01-1147: programme, year, mode, cut-off, sequence', () => {
    expect(projectId({ programmeCode: 'EHPC-AIF', year: 2026, modeCode: 'PG', cutOff: 1, sequence: 1147 })).toBe('EHPC-AIF-2026PG01-1147');
    expect(projectId({ programmeCode: 'EHPC-AIF', year: 2027, modeCode: 'LS', cutOff: 3, sequence: 7 })).toBe('EHPC-AIF-2027LS03-0007');
  });

  it('draw the next number of the year, once per allocation', () => {
    const spec = deciderSpec(projectNumbersDecider);
    spec.given([{ type: 'ProjectNumberIssued', data: { year: 2026, sequence: 41, allocationId: 'a' } }]).when({ type: 'IssueProjectNumber', data: { year: 2026, allocationId: 'b' }, context })
      .then([{ type: 'ProjectNumberIssued', data: { year: 2026, sequence: 42, allocationId: 'b' } }]);
    spec.given([{ type: 'ProjectNumberIssued', data: { year: 2026, sequence: 41, allocationId: 'a' } }]).when({ type: 'IssueProjectNumber', data: { year: 2026, allocationId: 'a' }, context }).then([]);
  });
});
