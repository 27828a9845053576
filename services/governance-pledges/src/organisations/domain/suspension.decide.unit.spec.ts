import { T0, breached, command, given, lapsed, officerAt, org, recorded, signed, suspended, withdrawn } from '../../testing-only/organisation-spec-fixtures';

const suspend = (breachId?: string, context = officerAt()) => command('RequestSuspension', { reason: 'breach', ...(breachId ? { breachId } : {}) }, context);
const reinstate = (context = officerAt()) => command('RequestReinstatement', { reason: 'remedied' }, context);
const remedied = (breachId: string) => ({ type: 'BreachRemedied' as const, data: { organisationId: org, breachId, remedy: 'attestation-submitted' as const, remediedAt: T0 } });
const resumed = { type: 'AllocationsResumptionRequested' as const, data: { organisationId: org, reason: 'remedied', requestedBy: 'gov-1', requestedAt: T0 } };

describe('suspending an organisation\'s allocations', () => {
  it('the governance officer suspends for an open breach, naming it', () => {
    given(recorded, signed(), breached('b-1', 'report', 'b-1')).when(suspend('b-1')).then([suspended('b-1')]);
  });

  it('a withdrawn or lapsed pledge is grounds enough without a breach', () => {
    given(recorded, signed(), withdrawn()).when(suspend()).then([suspended(null)]);
    given(recorded, signed(), lapsed()).when(suspend()).then([suspended(null)]);
  });

  it('a suspension shows on the organisation', () => {
    given(recorded, signed(), withdrawn()).when(suspend()).thenState({ suspension: { reason: 'breach', breachId: null, requestedAt: T0 } });
  });

  it('without an open breach and with the pledge in force there are no grounds', () => {
    given(recorded, signed()).when(suspend()).thenThrows('no-grounds-for-suspension', { kind: 'conflict' });
    given(recorded, signed(), breached('b-1', 'report', 'b-1'), remedied('b-1')).when(suspend()).thenThrows('no-grounds-for-suspension', { kind: 'conflict' });
  });

  it('a breach named must be one of this organisation, and still open', () => {
    given(recorded, signed(), breached('b-1', 'report', 'b-1')).when(suspend('b-9')).thenThrows('unknown-breach', { kind: 'invalid', field: 'breachId' });
    given(recorded, signed(), withdrawn(), breached('b-1', 'report', 'b-1'), remedied('b-1')).when(suspend('b-1')).thenThrows('breach-remedied', { kind: 'conflict' });
  });

  it('an organisation is not suspended twice', () => {
    given(recorded, signed(), withdrawn(), suspended()).when(suspend()).thenThrows('already-suspended', { kind: 'conflict' });
  });

  it('nobody decides on their own organisation', () => {
    const own = { now: new Date(T0), actor: { id: 'gov-9', role: 'governance-officer', organisationId: org } };
    given(recorded, signed(), withdrawn()).when(suspend(undefined, own)).thenThrows('own-organisation', { kind: 'forbidden' });
    given(recorded, signed(), withdrawn(), suspended()).when(reinstate(own)).thenThrows('own-organisation', { kind: 'forbidden' });
  });

  it('an unknown organisation cannot be suspended', () => {
    given().when(suspend()).thenThrows('organisation-not-found', { kind: 'not_found' });
  });
});

describe('reinstating an organisation', () => {
  it('once every breach is remedied and the pledge is signed, the suspension is lifted', () => {
    given(recorded, signed(), breached('b-1', 'report', 'b-1'), suspended('b-1'), remedied('b-1')).when(reinstate()).then([resumed]);
  });

  it('after reinstatement the organisation is no longer suspended', () => {
    given(recorded, signed(), breached('b-1', 'report', 'b-1'), suspended('b-1'), remedied('b-1')).when(reinstate()).thenState({ suspension: null });
  });

  it('an open breach keeps the suspension', () => {
    given(recorded, signed(), breached('b-1', 'report', 'b-1'), suspended('b-1')).when(reinstate()).thenThrows('breaches-open', { kind: 'conflict' });
  });

  it('a withdrawn or lapsed pledge keeps the suspension until signed again', () => {
    given(recorded, signed(), withdrawn(), suspended()).when(reinstate()).thenThrows('pledge-not-in-force', { kind: 'conflict' });
    given(recorded, signed(), lapsed(), suspended()).when(reinstate()).thenThrows('pledge-not-in-force', { kind: 'conflict' });
    given(recorded, signed(), withdrawn(), suspended(), signed(1, T0)).when(reinstate()).then([resumed]);
  });

  it('there is nothing to lift without a suspension', () => {
    given(recorded, signed()).when(reinstate()).thenThrows('not-suspended', { kind: 'conflict' });
  });
});
