import { deciderSpec } from '@hpc-access/testing';
import { organisationDecider, isBarred, type OrganisationCommand } from './organisation.decide';
import { evolveOrganisation, initialOrganisationState, type OrganisationEvent } from './organisation';

const context = { now: new Date('2026-11-02T09:00:00Z'), actor: { id: 'allocation', role: 'system' } };
const registered: OrganisationEvent = {
  type: 'OrganisationRegistered',
  data: { organisationId: 'org-1', legalName: 'Aurora', country: 'EE', registrationNumber: 'EE1', sme: { staff: 3, turnoverEurM: 1, balanceSheetEurM: 1 }, contacts: [], registeredBy: 'u', registeredAt: '2026-01-01T00:00:00.000Z' },
};
const bar = (barredAt: string): OrganisationCommand => ({ type: 'RecordBar', data: { organisationId: 'org-1', reason: 'final report overdue', barredAt }, context });
const lift = (liftedAt: string): OrganisationCommand => ({ type: 'RecordBarLifted', data: { organisationId: 'org-1', liftedAt }, context });
const barred: OrganisationEvent = { type: 'OrganisationBarRecorded', data: { organisationId: 'org-1', reason: 'final report overdue', barredAt: '2026-10-01T00:00:00.000Z' } };
const spec = deciderSpec(organisationDecider);

describe('a bar from new calls, carried in from allocation', () => {
  it('is recorded, and the organisation counts as barred', () => {
    spec.given([registered]).when(bar('2026-10-01T00:00:00.000Z')).then([barred]);
    expect(isBarred([registered, barred].reduce(evolveOrganisation, initialOrganisationState()))).toBe(true);
  });

  it('redelivered, changes nothing', () => {
    spec.given([registered, barred]).when(bar('2026-10-01T00:00:00.000Z')).then([]);
  });

  it('is lifted when the report arrives; a later bar applies again', () => {
    const lifted: OrganisationEvent = { type: 'OrganisationBarLiftRecorded', data: { organisationId: 'org-1', liftedAt: '2026-10-05T00:00:00.000Z' } };
    spec.given([registered, barred]).when(lift('2026-10-05T00:00:00.000Z')).then([lifted]);
    expect(isBarred([registered, barred, lifted].reduce(evolveOrganisation, initialOrganisationState()))).toBe(false);
    spec.given([registered, barred, lifted]).when(bar('2027-01-01T00:00:00.000Z')).then([
      { type: 'OrganisationBarRecorded', data: { organisationId: 'org-1', reason: 'final report overdue', barredAt: '2027-01-01T00:00:00.000Z' } },
    ]);
  });

  it('a lift without a bar changes nothing; an unknown organisation is an error', () => {
    spec.given([registered]).when(lift('2026-10-05T00:00:00.000Z')).then([]);
    spec.given([]).when(bar('2026-10-01T00:00:00.000Z')).thenThrows('organisation-not-found', { kind: 'not_found' });
  });
});
