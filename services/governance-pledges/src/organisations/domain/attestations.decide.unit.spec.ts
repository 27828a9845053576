import {
  T0, applicantAt, attestFacts, breached, command, evidence, given, org, overdue, recorded, signed, systemAt, withdrawn,
} from '../../testing-only/organisation-spec-fixtures';
import type { AttestationFlag, OrganisationPledgeEvent } from './organisation-pledge';

const DUE = '2027-02-02T09:00:00.000Z';
const submit = (now: string, declaredTrainingFlop = 1e21, declaredEnergyKwh = 1000, facts = attestFacts) =>
  command('SubmitAttestation', { attestationId: 'att-1', evidence, declaredTrainingFlop, declaredEnergyKwh, facts }, applicantAt(now));
const attested = (submittedAt: string, flags: AttestationFlag[] = [], declaredTrainingFlop = 1e21, declaredEnergyKwh = 1000): OrganisationPledgeEvent => ({
  type: 'AttestationSubmitted',
  data: {
    organisationId: org, attestationId: 'att-1', periodDueAt: DUE, evidence, declaredTrainingFlop, declaredEnergyKwh,
    accountingTrainingFlop: 1e21, accountingEnergyKwh: 1000, tolerancePercent: 10, flags, submittedBy: 'rep-1', submittedAt,
    nextDueAt: '2027-05-02T09:00:00.000Z', nextRemindAt: '2027-04-18T09:00:00.000Z',
  },
});
const markOverdue = (now: string, dueAt = DUE) => command('MarkAttestationOverdue', { dueAt, facts: { gracePeriodDays: 30 } }, systemAt(now));
const breach = (now: string, dueAt = DUE) => command('BreachOverdueAttestation', { dueAt, breachId: 'b-1' }, systemAt(now));

describe('submitting attestations', () => {
  it('an attestation inside its window is accepted for the period due, and the next one falls due a period after', () => {
    given(recorded, signed()).when(submit('2027-01-10T09:00:00.000Z')).then([attested('2027-01-10T09:00:00.000Z')]);
  });

  it('the window opens the configured number of days before the due date, not earlier', () => {
    given(recorded, signed()).when(submit('2027-01-03T08:59:59.000Z')).thenThrows('attestation-not-yet-due', { kind: 'conflict' });
    given(recorded, signed()).when(submit('2027-01-03T09:00:00.000Z')).thenState({ attestation: { nextDueAt: '2027-05-02T09:00:00.000Z' } });
  });

  it('declared figures off accounting\'s totals by more than the tolerance are flagged, not refused', () => {
    given(recorded, signed()).when(submit('2027-01-10T09:00:00.000Z', 1.2e21, 1050)).then([attested('2027-01-10T09:00:00.000Z', ['training-compute-mismatch'], 1.2e21, 1050)]);
    given(recorded, signed()).when(submit('2027-01-10T09:00:00.000Z', 1e21, 500)).then([attested('2027-01-10T09:00:00.000Z', ['energy-mismatch'], 1e21, 500)]);
  });

  it('figures exactly at the tolerance are not flagged', () => {
    given(recorded, signed()).when(submit('2027-01-10T09:00:00.000Z', 1.1e21, 900)).thenState({ attestations: [{ flags: [] }] });
  });

  it('no attestation is due before signing or after a withdrawal', () => {
    given(recorded).when(submit(T0)).thenThrows('no-attestation-due', { kind: 'conflict' });
    given(recorded, signed(), withdrawn()).when(submit(T0)).thenThrows('no-attestation-due', { kind: 'conflict' });
  });

  it('an unknown organisation cannot attest', () => {
    given().when(submit(T0)).thenThrows('organisation-not-found', { kind: 'not_found' });
  });

  it('a late attestation remedies the breach of its overdue period and clears the overdue mark', () => {
    given(recorded, signed(), overdue(), breached('b-1', 'attestation-overdue', DUE, '2027-03-04T09:00:00.000Z'))
      .when(submit('2027-03-10T09:00:00.000Z'))
      .then([attested('2027-03-10T09:00:00.000Z'), { type: 'BreachRemedied', data: { organisationId: org, breachId: 'b-1', remedy: 'attestation-submitted', remediedAt: '2027-03-10T09:00:00.000Z' } }]);
    given(recorded, signed(), overdue()).when(submit('2027-03-01T09:00:00.000Z')).thenState({ attestation: { overdueSince: null, breachAt: null } });
  });
});

describe('attestation deadlines', () => {
  it('at the due date an unsubmitted attestation becomes overdue, with a breach date after the grace period', () => {
    given(recorded, signed()).when(markOverdue(DUE)).then([overdue(DUE, '2027-03-04T09:00:00.000Z')]);
  });

  it('a reminder that fires late does not extend the grace period: the breach date counts from the due date', () => {
    given(recorded, signed()).when(markOverdue('2027-02-05T12:00:00.000Z')).then([
      { type: 'AttestationOverdue', data: { organisationId: org, dueAt: DUE, remindedAt: '2027-02-05T12:00:00.000Z', breachAt: '2027-03-04T09:00:00.000Z' } },
    ]);
  });

  it('the deadline of a period already attested, or before it is due, does nothing', () => {
    given(recorded, signed(), attested('2027-01-10T09:00:00.000Z')).when(markOverdue(DUE)).then([]);
    given(recorded, signed()).when(markOverdue('2027-02-01T09:00:00.000Z')).then([]);
  });

  it('an overdue attestation is not marked twice, nor after a withdrawal', () => {
    given(recorded, signed(), overdue()).when(markOverdue(DUE)).then([]);
    given(recorded, signed(), withdrawn()).when(markOverdue(DUE)).then([]);
  });

  it('after the grace period an overdue attestation is a breach', () => {
    given(recorded, signed(), overdue())
      .when(breach('2027-03-04T09:00:00.000Z'))
      .then([breached('b-1', 'attestation-overdue', DUE, '2027-03-04T09:00:00.000Z', `attestation due ${DUE} not submitted within the grace period`)]);
  });

  it('a breach counts as open until remedied', () => {
    given(recorded, signed(), overdue()).when(breach('2027-03-04T09:00:00.000Z')).thenState({ breaches: [{ breachId: 'b-1', cause: 'attestation-overdue', remediedAt: null }] });
  });

  it('no breach before the grace period ends, for a period attested in time, or twice', () => {
    given(recorded, signed(), overdue()).when(breach('2027-03-04T08:59:00.000Z')).then([]);
    given(recorded, signed(), attested('2027-01-10T09:00:00.000Z')).when(breach('2027-03-04T09:00:00.000Z')).then([]);
    given(recorded, signed(), overdue(), breached('b-0', 'attestation-overdue', DUE)).when(breach('2027-03-05T09:00:00.000Z')).then([]);
  });
});
