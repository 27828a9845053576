import { deciderSpec } from '@hpc-access/testing';
import { isBarred, standingDecider, type StandingEvent } from './standing';
import { fold } from '@hpc-access/eventsourcing';

const context = { now: new Date('2027-03-09T00:00:00.000Z'), actor: { id: 'allocation', role: 'system' } };
const spec = deciderSpec(standingDecider);
const barred = (allocationId: string): StandingEvent => ({ type: 'OrganisationBarred', data: { organisationId: 'org-1', allocationId, reason: 'overdue', barredAt: context.now.toISOString() } });

describe("an organisation's standing", () => {
  it('knows its allocations, each once', () => {
    spec.when({ type: 'AttributeAllocation', data: { organisationId: 'org-1', allocationId: 'a1' }, context }).then([{ type: 'AllocationAttributed', data: { organisationId: 'org-1', allocationId: 'a1' } }]);
    spec.given([{ type: 'AllocationAttributed', data: { organisationId: 'org-1', allocationId: 'a1' } }]).when({ type: 'AttributeAllocation', data: { organisationId: 'org-1', allocationId: 'a1' }, context }).then([]);
  });

  it('is barred for each overdue final report, once', () => {
    spec.when({ type: 'BarOrganisation', data: { organisationId: 'org-1', allocationId: 'a1', reason: 'overdue' }, context }).then([barred('a1')]);
    spec.given([barred('a1')]).when({ type: 'BarOrganisation', data: { organisationId: 'org-1', allocationId: 'a1', reason: 'overdue' }, context }).then([]);
    expect(isBarred(fold(standingDecider, [barred('a1')]))).toBe(true);
  });

  it('the report lifts its bar; the organisation stays barred while another report is overdue', () => {
    spec.given([barred('a1')]).when({ type: 'LiftBar', data: { organisationId: 'org-1', allocationId: 'a1' }, context }).then([{ type: 'OrganisationBarLifted', data: { organisationId: 'org-1', allocationId: 'a1', liftedAt: context.now.toISOString(), stillBarred: false } }]);
    spec.given([barred('a1'), barred('a2')]).when({ type: 'LiftBar', data: { organisationId: 'org-1', allocationId: 'a1' }, context }).thenState({ barredFor: ['a2'] });
    spec.when({ type: 'LiftBar', data: { organisationId: 'org-1', allocationId: 'a1' }, context }).then([]);
  });
});
