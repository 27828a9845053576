import type { CommandContext } from '../../command-context';
import { deciderSpec } from '@hpc-access/testing';
import type { ContactPerson, OrganisationEvent, OrganisationRegistered, PledgeSignatureRecorded, PledgeWithdrawalRecorded } from './organisation';
import {
  organisationDecider,
  type RecordPledgeSignature,
  type RecordPledgeWithdrawal,
  type RegisterOrganisation,
} from './organisation.decide';

const now = new Date('2026-11-02T09:00:00Z');
const officer: CommandContext = { now, actor: { id: 'user-officer-1', role: 'intake-officer' } };
const consumer: CommandContext = { now, actor: { id: 'svc-governance-consumer', role: 'system' } };

const representative: ContactPerson = { personId: 'person-1', name: 'Ada Example', email: 'ada@example.eu', role: 'representative' };
const technical: ContactPerson = { personId: 'person-2', name: 'Bo Example', email: 'bo@example.eu', phone: '+49 30 123', role: 'technical' };

const registration: RegisterOrganisation['data'] = {
  organisationId: 'org-1',
  legalName: 'Tensor Forge GmbH',
  country: 'DE',
  registrationNumber: 'DE123456789',
  sme: { staff: 12, turnoverEurM: 1.5, balanceSheetEurM: 0.8 },
  contacts: [representative, technical],
};

const register = (data: Partial<RegisterOrganisation['data']> = {}): RegisterOrganisation => ({
  type: 'RegisterOrganisation',
  data: { ...registration, ...data },
  smeRules: { maxStaff: 249, maxTurnoverEurM: 50, maxBalanceSheetEurM: 43 },
  context: officer,
});
const sign = (pledgeVersion: string, signedAt: string): RecordPledgeSignature => ({
  type: 'RecordPledgeSignature',
  data: { organisationId: 'org-1', pledgeVersion, signedBy: 'user-rep-1', signedAt },
  context: consumer,
});
const withdraw = (withdrawnAt: string): RecordPledgeWithdrawal => ({
  type: 'RecordPledgeWithdrawal',
  data: { organisationId: 'org-1', withdrawnAt, reason: 'board decision' },
  context: consumer,
});

const registered: OrganisationRegistered = {
  type: 'OrganisationRegistered',
  data: { ...registration, registeredBy: 'user-officer-1', registeredAt: '2026-10-01T08:00:00.000Z' },
};
const signed = (pledgeVersion: string, signedAt: string): PledgeSignatureRecorded => ({ type: 'PledgeSignatureRecorded', data: sign(pledgeVersion, signedAt).data });
const withdrawn = (withdrawnAt: string): PledgeWithdrawalRecorded => ({ type: 'PledgeWithdrawalRecorded', data: withdraw(withdrawnAt).data });

const spec = deciderSpec(organisationDecider);
const given = (...events: OrganisationEvent[]) => spec.given(events);

describe('registering an organisation', () => {
  it('an organisation with an authorised representative is registered by the acting officer at the given time', () => {
    given()
      .when(register())
      .then([{ type: 'OrganisationRegistered', data: { ...registration, smeQualified: true, registeredBy: 'user-officer-1', registeredAt: '2026-11-02T09:00:00.000Z' } }]);
  });

  it('records what the SME rule in force says of the facts, so a later change of the rule does not rewrite what was published', () => {
    given()
      .when({ ...register({ sme: { staff: 300, turnoverEurM: 80, balanceSheetEurM: 60 } }) })
      .then([{ type: 'OrganisationRegistered', data: { ...registration, sme: { staff: 300, turnoverEurM: 80, balanceSheetEurM: 60 }, smeQualified: false, registeredBy: 'user-officer-1', registeredAt: '2026-11-02T09:00:00.000Z' } }]);
  });

  it('a newly registered organisation has not signed the pledge yet', () => {
    given().when(register()).thenState({ status: 'registered', organisationId: 'org-1', pledge: null });
  });

  it('an organisation without an authorised representative among its contacts is refused', () => {
    given().when(register({ contacts: [technical] })).thenThrows('representative-required', { kind: 'invalid', field: 'contacts' });
  });

  it('an organisation without any contact person is refused', () => {
    given().when(register({ contacts: [] })).thenThrows('representative-required', { kind: 'invalid', field: 'contacts' });
  });

  it('an organisation cannot be registered twice', () => {
    given(registered).when(register()).thenThrows('organisation-exists', { kind: 'conflict' });
  });

  it('an organisation cannot be registered again after its pledge history changed', () => {
    given(registered, signed('1', '2026-10-02T10:00:00Z')).when(register()).thenThrows('organisation-exists', { kind: 'conflict' });
  });
});

describe('recording pledge signatures', () => {
  it('a signature of a registered organisation is recorded as governance reported it', () => {
    given(registered).when(sign('1', '2026-10-02T10:00:00Z')).then([signed('1', '2026-10-02T10:00:00Z')]);
  });

  it('a recorded signature becomes the organisation pledge', () => {
    given(registered)
      .when(sign('1', '2026-10-02T10:00:00Z'))
      .thenState({ pledge: { version: '1', signedAt: '2026-10-02T10:00:00Z', signedBy: 'user-rep-1' } });
  });

  it('a redelivered signature changes nothing', () => {
    given(registered, signed('1', '2026-10-02T10:00:00Z')).when(sign('1', '2026-10-02T10:00:00Z')).then([]);
  });

  it('an older signature of the same pledge version is ignored', () => {
    given(registered, signed('1', '2026-10-02T10:00:00Z')).when(sign('1', '2026-09-30T10:00:00Z')).then([]);
  });

  it('an older signature of an earlier pledge version arriving late does not replace the current one', () => {
    given(registered, signed('1', '2026-01-10T10:00:00Z'), signed('2', '2026-10-02T10:00:00Z'))
      .when(sign('1', '2026-01-10T10:00:00Z'))
      .then([]);
  });

  it('signature times are compared as instants, not as text, whatever their offset', () => {
    // 12:00+02:00 is 10:00Z, an hour before the recorded 11:00Z signature.
    given(registered, signed('2', '2026-10-02T11:00:00Z')).when(sign('1', '2026-10-02T12:00:00+02:00')).then([]);
  });

  it('a later signature of the same pledge version is recorded', () => {
    given(registered, signed('1', '2026-10-02T10:00:00Z')).when(sign('1', '2026-10-20T10:00:00Z')).then([signed('1', '2026-10-20T10:00:00Z')]);
  });

  it('a signature of a new pledge version is recorded', () => {
    given(registered, signed('1', '2026-01-10T10:00:00Z')).when(sign('2', '2026-10-02T10:00:00Z')).then([signed('2', '2026-10-02T10:00:00Z')]);
  });

  it('a signature for an unknown organisation is refused', () => {
    given().when(sign('1', '2026-10-02T10:00:00Z')).thenThrows('organisation-not-found', { kind: 'not_found' });
  });
});

describe('recording pledge withdrawals', () => {
  it('the withdrawal of a signed pledge is recorded', () => {
    given(registered, signed('1', '2026-10-02T10:00:00Z')).when(withdraw('2026-10-20T10:00:00Z')).then([withdrawn('2026-10-20T10:00:00Z')]);
  });

  it('a withdrawn pledge no longer counts as signed', () => {
    given(registered, signed('1', '2026-10-02T10:00:00Z')).when(withdraw('2026-10-20T10:00:00Z')).thenState({ pledge: null });
  });

  it('a redelivered withdrawal changes nothing', () => {
    given(registered, signed('1', '2026-10-02T10:00:00Z'), withdrawn('2026-10-20T10:00:00Z')).when(withdraw('2026-10-20T10:00:00Z')).then([]);
  });

  it('a withdrawal of an organisation that never signed changes nothing', () => {
    given(registered).when(withdraw('2026-10-20T10:00:00Z')).then([]);
  });

  it('a withdrawal older than the current signature is ignored', () => {
    given(registered, signed('1', '2026-01-10T10:00:00Z'), withdrawn('2026-05-01T10:00:00Z'), signed('2', '2026-10-02T10:00:00Z'))
      .when(withdraw('2026-05-01T10:00:00Z'))
      .then([]);
  });

  it('a signature redelivered after the pledge was withdrawn does not sign it again', () => {
    given(registered, signed('1', '2026-10-02T10:00:00Z'), withdrawn('2026-10-20T10:00:00Z')).when(sign('1', '2026-10-02T10:00:00Z')).then([]);
  });

  it('a signature made after the withdrawal signs the pledge again', () => {
    given(registered, signed('1', '2026-10-02T10:00:00Z'), withdrawn('2026-10-20T10:00:00Z'))
      .when(sign('2', '2026-10-25T10:00:00Z'))
      .then([signed('2', '2026-10-25T10:00:00Z')]);
  });

  it('a withdrawal for an unknown organisation is refused', () => {
    given().when(withdraw('2026-10-20T10:00:00Z')).thenThrows('organisation-not-found', { kind: 'not_found' });
  });
});
