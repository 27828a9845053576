import { T0, applicantAt, command, given, lapsed, org, recorded, signFacts, signed, systemAt, breached, withdrawn } from '../../testing-only/organisation-spec-fixtures';

const sign = (pledgeVersion = 1, optionalCommitments: string[] = [], facts = signFacts, now = T0) =>
  command('SignPledge', { pledgeVersion, optionalCommitments, facts }, applicantAt(now));

describe('knowing organisations from intake', () => {
  it('an organisation registered in intake is recorded with its name, country and SME status', () => {
    given().when(command('RecordOrganisation', { legalName: 'Tensor Forge GmbH', country: 'DE', sme: true }, systemAt())).then([recorded]);
  });

  it('a redelivered registration changes nothing', () => {
    given(recorded).when(command('RecordOrganisation', { legalName: 'Other', country: 'FR', sme: false }, systemAt())).then([]);
  });

  it('a recorded organisation has not signed yet', () => {
    given().when(command('RecordOrganisation', { legalName: 'Tensor Forge GmbH', country: 'DE', sme: true }, systemAt())).thenState({ organisationId: org, status: 'unsigned', signature: null, attestation: null });
  });
});

describe('signing the pledge', () => {
  it('the representative signs the current version, and the first attestation falls due one period later', () => {
    given(recorded).when(sign(1, ['human-oversight'])).then([signed(1, T0, '2027-02-02T09:00:00.000Z', ['human-oversight'])]);
  });

  it('the signature records who signed, when, and what optional commitments were taken on', () => {
    given(recorded).when(sign(1, ['risk-mitigation', 'risk-mitigation'])).thenState({
      status: 'signed', signature: { pledgeVersion: 1, optionalCommitments: ['risk-mitigation'], signedBy: 'rep-1', signedAt: T0 },
      attestation: { nextDueAt: '2027-02-02T09:00:00.000Z', overdueSince: null, breachAt: null },
    });
  });

  it('an organisation governance does not know cannot sign', () => {
    given().when(sign()).thenThrows('organisation-not-found', { kind: 'not_found' });
  });

  it('only the current version can be signed', () => {
    given(recorded).when(sign(2)).thenThrows('not-current-version', { kind: 'conflict', field: 'pledgeVersion' });
  });

  it('an optional commitment the version does not offer is refused', () => {
    given(recorded).when(sign(1, ['world-peace'])).thenThrows('unknown-optional-commitment', { kind: 'invalid', field: 'optionalCommitments' });
  });

  it('signing again what is signed is a conflict', () => {
    given(recorded, signed()).when(sign()).thenThrows('already-signed', { kind: 'conflict' });
  });

  it('signing a new version keeps the running attestation schedule', () => {
    given(recorded, signed()).when(sign(2, [], { ...signFacts, currentVersion: 2 }, '2026-12-01T09:00:00.000Z')).then([signed(2, '2026-12-01T09:00:00.000Z', null)]);
  });

  it('signing after a lapse restores the signature', () => {
    given(recorded, signed(), lapsed()).when(sign(2, [], { ...signFacts, currentVersion: 2 })).thenState({ status: 'signed', signature: { pledgeVersion: 2 } });
  });

  it('signing after a withdrawal starts a new attestation schedule', () => {
    given(recorded, signed(), withdrawn()).when(sign(1, [], signFacts, '2027-01-10T09:00:00.000Z')).then([signed(1, '2027-01-10T09:00:00.000Z', '2027-04-10T09:00:00.000Z')]);
  });

  it('signing again after a confirmed breach report recommits and remedies that breach', () => {
    given(recorded, signed(), breached('rep-1', 'report', 'rep-1'))
      .when(sign())
      .then([signed(1, T0, null), { type: 'BreachRemedied', data: { organisationId: org, breachId: 'rep-1', remedy: 'pledge-signed', remediedAt: T0 } }]);
  });

  it('signing does not remedy an overdue attestation', () => {
    given(recorded, signed(), lapsed(), breached('b-1', 'attestation-overdue', '2027-02-02T09:00:00.000Z'))
      .when(sign(2, [], { ...signFacts, currentVersion: 2 }))
      .thenState({ breaches: [{ breachId: 'b-1', remediedAt: null }] });
  });
});

describe('withdrawing the pledge', () => {
  const withdraw = command('WithdrawPledge', { reason: 'leaving' }, applicantAt());

  it('a signed pledge is withdrawn by the organisation with its reason', () => {
    given(recorded, signed()).when(withdraw).then([withdrawn()]);
  });

  it('a withdrawn pledge is no signature and stops the attestations', () => {
    given(recorded, signed()).when(withdraw).thenState({ status: 'withdrawn', signature: null, attestation: null });
  });

  it('a lapsed signature can be withdrawn too', () => {
    given(recorded, signed(), lapsed()).when(withdraw).then([withdrawn()]);
  });

  it('there is nothing to withdraw before signing or after a withdrawal', () => {
    given(recorded).when(withdraw).thenThrows('not-signed', { kind: 'conflict' });
    given(recorded, signed(), withdrawn()).when(withdraw).thenThrows('not-signed', { kind: 'conflict' });
  });

  it('an unknown organisation cannot withdraw', () => {
    given().when(withdraw).thenThrows('organisation-not-found', { kind: 'not_found' });
  });
});

describe('signatures lapsing at the re-sign deadline of a new version', () => {
  const lapse = (requiredVersion = 2) => command('LapseSignature', { requiredVersion }, systemAt());

  it('a signature of an older version lapses', () => {
    given(recorded, signed()).when(lapse()).then([lapsed()]);
  });

  it('a lapsed signature counts as not signed but stays visible', () => {
    given(recorded, signed()).when(lapse()).thenState({ status: 'lapsed', signature: { pledgeVersion: 1 } });
  });

  it('a signature of the new version does not lapse', () => {
    given(recorded, signed(2)).when(lapse()).then([]);
  });

  it('nothing lapses where nothing is signed, or twice', () => {
    given(recorded).when(lapse()).then([]);
    given(recorded, signed(), withdrawn()).when(lapse()).then([]);
    given(recorded, signed(), lapsed()).when(lapse()).then([]);
  });
});
