import {
  T0, applicantAt, breached, command, evidence, evidenceSubmitted, fulfilled, given, obligationOverdue, obligationRecorded, officerAt, org, recorded, systemAt,
} from '../../testing-only/organisation-spec-fixtures';

const conditions = [{ conditionId: 'cond-1', text: 'Publish a model card', dueDate: '2026-12-31' }];
const record = (list = conditions) => command('RecordObligations', { applicationId: 'app-1', conditions: list }, systemAt());
const submitEvidence = (obligationId = 'cond-1', now = T0) => command('SubmitObligationEvidence', { obligationId, evidence }, applicantAt(now));
const accept = (obligationId = 'cond-1', now = T0) => command('AcceptObligation', { obligationId }, officerAt(now));
const reject = (now = T0) => command('RejectObligationEvidence', { obligationId: 'cond-1', reason: 'not enough', facts: { gracePeriodDays: 30 } }, officerAt(now));
const markOverdue = (now = '2027-01-01T00:00:00.000Z') => command('MarkObligationOverdue', { obligationId: 'cond-1', facts: { gracePeriodDays: 30 } }, systemAt(now));
const breach = (now = '2027-01-31T00:00:00.000Z') => command('BreachOverdueObligation', { obligationId: 'cond-1', breachId: 'b-1' }, systemAt(now));
const rejected = (rejectedAt = T0) => ({ type: 'ObligationEvidenceRejected' as const, data: { organisationId: org, obligationId: 'cond-1', reason: 'not enough', rejectedBy: 'gov-1', rejectedAt } });

describe('recording obligations from ethics conditions', () => {
  it('each condition becomes an obligation due at the end of its due day', () => {
    given(recorded).when(record()).then([obligationRecorded()]);
  });

  it('a due date with a time is taken as is', () => {
    given(recorded).when(record([{ conditionId: 'cond-2', text: 't', dueDate: '2027-01-15T12:00:00Z' }])).thenState({ obligations: [{ obligationId: 'cond-2', dueAt: '2027-01-15T12:00:00.000Z', status: 'open' }] });
  });

  it('a redelivered decision records nothing twice', () => {
    given(recorded, obligationRecorded()).when(record()).then([]);
  });

  it('obligations may arrive before the organisation\'s registration', () => {
    given().when(record()).then([obligationRecorded()]);
  });
});

describe('evidence and acceptance', () => {
  it('the organisation submits evidence, which stops the clock while reviewed', () => {
    given(recorded, obligationRecorded()).when(submitEvidence()).then([evidenceSubmitted()]);
    given(recorded, obligationRecorded()).when(submitEvidence()).thenState({ obligations: [{ status: 'evidence-submitted', evidence: { ...evidence, submittedBy: 'rep-1', submittedAt: T0 } }] });
  });

  it('evidence for an unknown or fulfilled obligation is refused', () => {
    given(recorded).when(submitEvidence('cond-9')).thenThrows('obligation-not-found', { kind: 'not_found' });
    given(recorded, obligationRecorded(), evidenceSubmitted(), fulfilled()).when(submitEvidence()).thenThrows('obligation-fulfilled', { kind: 'conflict' });
  });

  it('the governance officer accepts the evidence: the obligation is fulfilled', () => {
    given(recorded, obligationRecorded(), evidenceSubmitted()).when(accept()).then([fulfilled()]);
  });

  it('accepting needs evidence, an obligation not yet fulfilled, and one that exists', () => {
    given(recorded, obligationRecorded()).when(accept()).thenThrows('no-evidence', { kind: 'conflict' });
    given(recorded, obligationRecorded(), evidenceSubmitted(), fulfilled()).when(accept()).thenThrows('obligation-fulfilled', { kind: 'conflict' });
    given(recorded).when(accept('cond-9')).thenThrows('obligation-not-found', { kind: 'not_found' });
  });

  it('fulfilling an overdue obligation remedies its breach', () => {
    given(recorded, obligationRecorded(), obligationOverdue(), breached('b-1', 'obligation-overdue', 'cond-1'), evidenceSubmitted())
      .when(accept())
      .then([fulfilled(), { type: 'BreachRemedied', data: { organisationId: org, breachId: 'b-1', remedy: 'obligation-fulfilled', remediedAt: T0 } }]);
  });

  it('the officer rejects evidence: the obligation is open again', () => {
    given(recorded, obligationRecorded(), evidenceSubmitted()).when(reject()).then([rejected()]);
    given(recorded, obligationRecorded(), evidenceSubmitted()).when(reject()).thenState({ obligations: [{ status: 'open', evidence: null }] });
  });

  it('evidence rejected after the due date makes the obligation overdue at once', () => {
    given(recorded, obligationRecorded(), evidenceSubmitted()).when(reject('2027-01-05T00:00:00.000Z')).then([
      rejected('2027-01-05T00:00:00.000Z'),
      obligationOverdue('cond-1', '2027-01-05T00:00:00.000Z', '2027-02-04T00:00:00.000Z'),
    ]);
  });

  it('rejecting needs evidence to reject', () => {
    given(recorded, obligationRecorded()).when(reject()).thenThrows('no-evidence', { kind: 'conflict' });
  });

  it('staff of the organisation itself neither accept nor reject', () => {
    const own = { now: new Date(T0), actor: { id: 'gov-9', role: 'governance-officer', organisationId: org } };
    given(recorded, obligationRecorded(), evidenceSubmitted()).when(command('AcceptObligation', { obligationId: 'cond-1' }, own)).thenThrows('own-organisation', { kind: 'forbidden' });
    given(recorded, obligationRecorded(), evidenceSubmitted()).when(command('RejectObligationEvidence', { obligationId: 'cond-1', reason: 'x', facts: { gracePeriodDays: 1 } }, own)).thenThrows('own-organisation', { kind: 'forbidden' });
  });
});

describe('obligation deadlines', () => {
  it('an open obligation past its due date becomes overdue, breaching after the grace period', () => {
    given(recorded, obligationRecorded()).when(markOverdue()).then([obligationOverdue()]);
  });

  it('an obligation under review, fulfilled, already overdue, or not yet due is not marked', () => {
    given(recorded, obligationRecorded(), evidenceSubmitted()).when(markOverdue()).then([]);
    given(recorded, obligationRecorded(), evidenceSubmitted(), fulfilled()).when(markOverdue()).then([]);
    given(recorded, obligationRecorded(), obligationOverdue()).when(markOverdue()).then([]);
    given(recorded, obligationRecorded()).when(markOverdue('2026-12-31T23:59:00.000Z')).then([]);
    given(recorded).when(markOverdue()).then([]);
  });

  it('after the grace period an overdue obligation is a breach', () => {
    given(recorded, obligationRecorded(), obligationOverdue())
      .when(breach())
      .then([breached('b-1', 'obligation-overdue', 'cond-1', '2027-01-31T00:00:00.000Z', 'obligation cond-1 overdue since 2027-01-01T00:00:00.000Z and past its grace period')]);
  });

  it('no breach before the grace period ends, while evidence is reviewed, once fulfilled, or twice', () => {
    given(recorded, obligationRecorded(), obligationOverdue()).when(breach('2027-01-30T23:00:00.000Z')).then([]);
    given(recorded, obligationRecorded(), obligationOverdue(), evidenceSubmitted()).when(breach()).then([]);
    given(recorded, obligationRecorded(), obligationOverdue(), evidenceSubmitted(), fulfilled()).when(breach()).then([]);
    given(recorded, obligationRecorded(), obligationOverdue(), breached('b-0', 'obligation-overdue', 'cond-1')).when(breach()).then([]);
    given(recorded, obligationRecorded()).when(breach()).then([]);
  });
});

describe('breaches from confirmed reports', () => {
  it("a confirmed report is recorded as a breach with the report id, and suspends the organisation's allocations at once", () => {
    given(recorded).when(command('RecordConfirmedBreach', { breachId: 'rep-1', reason: 'report rep-1' }, officerAt())).then([
      breached('rep-1', 'report', 'rep-1'),
      { type: 'AllocationsSuspensionRequested', data: { organisationId: org, reason: 'breach confirmed: report rep-1', breachId: 'rep-1', requestedBy: 'gov-1', requestedAt: T0 } },
    ]);
  });

  it('an organisation already suspended stays so: only the breach is recorded', () => {
    const suspended = { type: 'AllocationsSuspensionRequested' as const, data: { organisationId: org, reason: 'withdrawn', breachId: null, requestedBy: 'gov-1', requestedAt: T0 } };
    given(recorded, suspended).when(command('RecordConfirmedBreach', { breachId: 'rep-1', reason: 'report rep-1' }, officerAt())).then([breached('rep-1', 'report', 'rep-1')]);
  });

  it('the same report is not recorded twice', () => {
    given(recorded, breached('rep-1', 'report', 'rep-1')).when(command('RecordConfirmedBreach', { breachId: 'rep-1', reason: 'x' }, officerAt())).then([]);
  });
});
