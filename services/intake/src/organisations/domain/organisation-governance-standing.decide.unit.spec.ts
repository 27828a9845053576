import { deciderSpec } from '@hpc-access/testing';
import { governanceHold, organisationDecider, type OrganisationCommand } from './organisation.decide';
import { evolveOrganisation, initialOrganisationState, type OrganisationEvent } from './organisation';

const context = { now: new Date('2026-11-02T09:00:00Z'), actor: { id: 'governance', role: 'system' } };
const registered: OrganisationEvent = {
  type: 'OrganisationRegistered',
  data: { organisationId: 'org-1', legalName: 'Aurora', country: 'EE', registrationNumber: 'EE1', sme: { staff: 3, turnoverEurM: 1, balanceSheetEurM: 1 }, contacts: [], registeredBy: 'u', registeredAt: '2026-01-01T00:00:00.000Z' },
};
const signed: OrganisationEvent = { type: 'PledgeSignatureRecorded', data: { organisationId: 'org-1', pledgeVersion: '1', signedBy: 'rep', signedAt: '2026-02-01T00:00:00.000Z' } };
const spec = deciderSpec(organisationDecider);
const holdAfter = (events: OrganisationEvent[]) => governanceHold(events.reduce(evolveOrganisation, initialOrganisationState()));

const suspend = (requestedAt: string): OrganisationCommand => ({ type: 'RecordGovernanceSuspension', data: { organisationId: 'org-1', reason: 'breach confirmed', requestedAt }, context });
const suspended: OrganisationEvent = { type: 'GovernanceSuspensionRecorded', data: { organisationId: 'org-1', reason: 'breach confirmed', requestedAt: '2026-10-01T00:00:00.000Z' } };
const reinstated: OrganisationEvent = { type: 'GovernanceReinstatementRecorded', data: { organisationId: 'org-1', reason: 'remedied', requestedAt: '2026-10-05T00:00:00.000Z' } };
const breached: OrganisationEvent = { type: 'PledgeBreachRecorded', data: { organisationId: 'org-1', breachId: 'b-1', reason: 'attestation overdue', breachedAt: '2026-09-01T00:00:00.000Z' } };

describe("governance's word on an organisation, carried into intake", () => {
  it('a suspension holds it back until reinstatement; an older one redelivered changes nothing', () => {
    spec.given([registered]).when(suspend('2026-10-01T00:00:00.000Z')).then([suspended]);
    expect(holdAfter([registered, suspended])).toBe('suspended by governance since 2026-10-01T00:00:00.000Z: breach confirmed');
    spec.given([registered, suspended]).when({ type: 'RecordGovernanceReinstatement', data: { organisationId: 'org-1', reason: 'remedied', requestedAt: '2026-10-05T00:00:00.000Z' }, context }).then([reinstated]);
    expect(holdAfter([registered, suspended, reinstated])).toBeNull();
    spec.given([registered, suspended, reinstated]).when(suspend('2026-10-01T00:00:00.000Z')).then([]);
  });

  it('a breach holds it back until its remedy; each is recorded once', () => {
    spec.given([registered]).when({ type: 'RecordPledgeBreach', data: breached.data, context }).then([breached]);
    spec.given([registered, breached]).when({ type: 'RecordPledgeBreach', data: breached.data, context }).then([]);
    expect(holdAfter([registered, breached])).toBe('breach of the pledge not remedied: attestation overdue');
    const remedied: OrganisationEvent = { type: 'PledgeBreachRemedyRecorded', data: { organisationId: 'org-1', breachId: 'b-1', remediedAt: '2026-09-10T00:00:00.000Z' } };
    spec.given([registered, breached]).when({ type: 'RecordPledgeBreachRemedy', data: remedied.data, context }).then([remedied]);
    expect(holdAfter([registered, breached, remedied])).toBeNull();
    spec.given([registered, breached, remedied]).when({ type: 'RecordPledgeBreach', data: breached.data, context }).then([]);
  });

  it('a lapsed signature makes it unsigned; an older signature redelivered does not sign it again, a new one does', () => {
    const data = { organisationId: 'org-1', pledgeVersion: 1, requiredVersion: 2, lapsedAt: '2026-06-01T00:00:00.000Z' };
    const lapse: OrganisationCommand = { type: 'RecordPledgeLapse', data, context };
    const lapsed: OrganisationEvent = { type: 'PledgeLapseRecorded', data };
    spec.given([registered, signed]).when(lapse).then([lapsed]);
    spec.given([registered, signed, lapsed]).when(lapse).then([]);
    spec.given([registered, signed, lapsed]).when({ type: 'RecordPledgeSignature', data: { organisationId: 'org-1', pledgeVersion: '1', signedBy: 'rep', signedAt: '2026-02-01T00:00:00.000Z' }, context }).thenState({ pledge: null });
    spec.given([registered, signed, lapsed]).when({ type: 'RecordPledgeSignature', data: { organisationId: 'org-1', pledgeVersion: '2', signedBy: 'rep', signedAt: '2026-06-02T00:00:00.000Z' }, context }).thenState({ pledge: { version: '2' } });
    // A signature of the new version made before the lapse stands.
    const signedTwo: OrganisationEvent = { type: 'PledgeSignatureRecorded', data: { organisationId: 'org-1', pledgeVersion: '2', signedBy: 'rep', signedAt: '2026-05-01T00:00:00.000Z' } };
    spec.given([registered, signed, signedTwo]).when(lapse).then([]);
  });
});
