import { deciderSpec } from '@hpc-access/testing';
import { membersDecider, type MembersCommand, type MembersEvent } from './members';
import type { AllocationStatus } from './allocation';

const context = { now: new Date('2026-11-05T09:00:00.000Z'), actor: { id: 'applicant-1', role: 'applicant' } };
const spec = deciderSpec(membersDecider);
const set = (userNames: string[], allocationStatus: AllocationStatus = 'active'): MembersCommand => ({
  type: 'SetMembers',
  data: { allocationId: 'alloc-1', organisationId: 'org-1', allocationStatus, userNames, newPersonIds: userNames.map((_, i) => `new-${i}`) },
  context,
});
const setEvent = (members: Array<{ personId: string; userName: string }>): MembersEvent => ({ type: 'AllocationMembersSet', data: { allocationId: 'alloc-1', organisationId: 'org-1', members, setAt: context.now.toISOString() } });

describe("an allocation's members", () => {
  it('are set sorted, each with a person id of its own', () => {
    spec.when(set(['bob', 'alice'])).then([setEvent([{ personId: 'new-0', userName: 'alice' }, { personId: 'new-1', userName: 'bob' }])]);
  });

  it('keep their person id while they stay members; the same list again is nothing', () => {
    const first = setEvent([{ personId: 'p-alice', userName: 'alice' }]);
    spec.given([first]).when(set(['carol', 'alice'])).then([setEvent([{ personId: 'p-alice', userName: 'alice' }, { personId: 'new-1', userName: 'carol' }])]);
    spec.given([first]).when(set(['alice'])).then([]);
  });

  it('are refused for a closed allocation, a bad user name, a duplicate, or too many', () => {
    spec.when(set(['alice'], 'closed')).thenThrows('allocation-closed', { kind: 'conflict' });
    spec.when(set(['Alice'])).thenThrows('invalid-user-name', { kind: 'invalid', field: 'members' });
    spec.when(set(['alice', 'alice'])).thenThrows('duplicate-member', { kind: 'invalid' });
    spec.when(set(Array.from({ length: 201 }, (_, i) => `u${i}`))).thenThrows('too-many-members', { kind: 'invalid' });
  });
});
