import {
  T0, applicantAt, attestFacts, command, dueSoon, evidence, given, lapsed, org, overdue, recorded, reminderBefore, signFacts, signed, systemAt, withdrawn,
} from '../../testing-only/organisation-spec-fixtures';

// The reminder before an attestation falls due (issue 19): scheduled with the period, given once,
// and nothing to do once the period is attested, the schedule stopped or the due date passed.
const DUE = '2027-02-02T09:00:00.000Z';
const NEXT_DUE = '2027-05-02T09:00:00.000Z';
const remind = (now: string, dueAt = DUE) => command('RemindAttestationDue', { dueAt }, systemAt(now));
const sign = (facts = signFacts, now = T0, pledgeVersion = 1) => command('SignPledge', { pledgeVersion, optionalCommitments: [], facts }, applicantAt(now));
const submit = (now: string, facts = attestFacts) =>
  command('SubmitAttestation', { attestationId: 'att-1', evidence, declaredTrainingFlop: 1e21, declaredEnergyKwh: 1000, facts }, applicantAt(now));
const attestedInTime = {
  type: 'AttestationSubmitted' as const,
  data: {
    organisationId: org, attestationId: 'att-1', periodDueAt: DUE, evidence, declaredTrainingFlop: 1e21, declaredEnergyKwh: 1000,
    accountingTrainingFlop: 1e21, accountingEnergyKwh: 1000, tolerancePercent: 10, flags: [], submittedBy: 'rep-1', submittedAt: '2027-01-25T09:00:00.000Z',
    nextDueAt: NEXT_DUE, nextRemindAt: reminderBefore(NEXT_DUE),
  },
};
const markOverdue = (now: string) => command('MarkAttestationOverdue', { dueAt: DUE, facts: { gracePeriodDays: 30 } }, systemAt(now));

describe('when the reminder is scheduled', () => {
  it('the signature that starts the schedule sets the reminder the configured number of days before the due date', () => {
    given(recorded).when(sign()).then([signed(1, T0, DUE, [], '2027-01-19T09:00:00.000Z')]);
    given(recorded).when(sign({ ...signFacts, attestationReminderDays: 7 })).then([signed(1, T0, DUE, [], '2027-01-26T09:00:00.000Z')]);
  });

  it('a period too short for the reminder has none: it would come with the period itself', () => {
    given(recorded).when(sign({ ...signFacts, attestationPeriodMonths: 1, attestationReminderDays: 31 })).then([signed(1, T0, '2026-12-02T09:00:00.000Z', [], null)]);
  });

  it('a signature within a running schedule keeps the reminder already set', () => {
    given(recorded, signed()).when(sign({ ...signFacts, currentVersion: 2 }, '2026-12-01T09:00:00.000Z', 2)).then([signed(2, '2026-12-01T09:00:00.000Z', null)]);
  });

  it('an attestation sets the reminder of the next period, with the number of days then configured', () => {
    given(recorded, signed()).when(submit('2027-01-10T09:00:00.000Z')).thenState({ attestation: { nextDueAt: NEXT_DUE } });
    given(recorded, signed()).when(submit('2027-01-10T09:00:00.000Z', { ...attestFacts, attestationReminderDays: 21 }))
      .then([expect.objectContaining({ type: 'AttestationSubmitted', data: expect.objectContaining({ nextDueAt: NEXT_DUE, nextRemindAt: '2027-04-11T09:00:00.000Z' }) })]);
  });
});

describe('reminding the organisation of an attestation due soon', () => {
  it('at the reminder date the organisation is reminded of the due date', () => {
    given(recorded, signed()).when(remind(reminderBefore(DUE))).then([dueSoon(DUE, '2027-01-19T09:00:00.000Z')]);
    given(recorded, signed()).when(remind(reminderBefore(DUE))).thenState({ attestation: { nextDueAt: DUE, remindedAt: '2027-01-19T09:00:00.000Z', overdueSince: null } });
  });

  it('a reminder is given once per due date', () => {
    given(recorded, signed(), dueSoon()).when(remind('2027-01-20T09:00:00.000Z')).then([]);
  });

  it('the reminder of a period already attested does nothing; the next due date is reminded of in its turn', () => {
    given(recorded, signed(), attestedInTime).when(remind(reminderBefore(DUE))).then([]);
    given(recorded, signed(), attestedInTime).when(remind(reminderBefore(NEXT_DUE), NEXT_DUE)).then([dueSoon(NEXT_DUE)]);
    given(recorded, signed(), dueSoon(), attestedInTime).when(remind(reminderBefore(NEXT_DUE), NEXT_DUE)).then([dueSoon(NEXT_DUE)]);
  });

  it('a withdrawn pledge stops the reminders, as it stops the overdue deadline; signing again starts a reminder of its own', () => {
    given(recorded, signed(), withdrawn('2026-12-01T09:00:00.000Z')).when(remind(reminderBefore(DUE))).then([]);
    const again = signed(1, '2026-12-10T09:00:00.000Z', '2027-03-10T09:00:00.000Z');
    given(recorded, signed(), withdrawn('2026-12-01T09:00:00.000Z'), again).when(remind(reminderBefore(DUE))).then([]);
    given(recorded, signed(), withdrawn('2026-12-01T09:00:00.000Z'), again).when(remind(reminderBefore('2027-03-10T09:00:00.000Z'), '2027-03-10T09:00:00.000Z'))
      .then([dueSoon('2027-03-10T09:00:00.000Z')]);
  });

  it('a lapsed signature does not stop the schedule, so the reminder is still given (as the overdue mark is)', () => {
    given(recorded, signed(), lapsed()).when(remind(reminderBefore(DUE))).then([dueSoon()]);
  });

  it('a reminder that fires only at or after the due date says nothing: the overdue mark speaks then', () => {
    given(recorded, signed()).when(remind(DUE)).then([]);
    given(recorded, signed(), overdue()).when(remind('2027-02-03T09:00:00.000Z')).then([]);
  });

  it('a reminder does not change the due date: unsubmitted, the attestation is still marked overdue when due', () => {
    given(recorded, signed(), dueSoon()).when(markOverdue(DUE)).then([overdue(DUE, '2027-03-04T09:00:00.000Z')]);
  });
});
