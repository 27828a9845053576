import { assertNever, conflict, invalid, notFound, type Decider } from '@hpc-access/eventsourcing';
import type { CommandContext } from '../../command-context';
import { isSme } from '../../applications/domain/eligibility';
import type { ProgrammeRules } from '../../programme/programme-rules';
import {
  evolveOrganisation,
  initialOrganisationState,
  type ContactPerson,
  type OrganisationEvent,
  type OrganisationState,
  type SmeFacts,
} from './organisation';

export type RegisterOrganisation = {
  type: 'RegisterOrganisation';
  data: { organisationId: string; legalName: string; country: string; registrationNumber: string; sme: SmeFacts; contacts: ContactPerson[] };
  /** The SME thresholds in force: the decider records what they say of the facts. */
  smeRules: ProgrammeRules['sme'];
  context: CommandContext;
};
/** Carried in from governance's PledgeSigned integration event. */
export type RecordPledgeSignature = {
  type: 'RecordPledgeSignature';
  data: { organisationId: string; pledgeVersion: string; signedBy: string; signedAt: string };
  context: CommandContext;
};
export type RecordPledgeWithdrawal = {
  type: 'RecordPledgeWithdrawal';
  data: { organisationId: string; withdrawnAt: string; reason: string };
  context: CommandContext;
};
/** Carried in from allocation's OrganisationBarred and OrganisationBarLifted. */
export type RecordBar = { type: 'RecordBar'; data: { organisationId: string; reason: string; barredAt: string }; context: CommandContext };
export type RecordBarLifted = { type: 'RecordBarLifted'; data: { organisationId: string; liftedAt: string }; context: CommandContext };
/** Carried in from governance: a lapsed signature, a suspension and its reinstatement, a breach and its remedy. */
export type RecordPledgeLapse = { type: 'RecordPledgeLapse'; data: { organisationId: string; pledgeVersion: number; requiredVersion: number; lapsedAt: string }; context: CommandContext };
export type RecordGovernanceSuspension = { type: 'RecordGovernanceSuspension'; data: { organisationId: string; reason: string; requestedAt: string }; context: CommandContext };
export type RecordGovernanceReinstatement = { type: 'RecordGovernanceReinstatement'; data: { organisationId: string; reason: string; requestedAt: string }; context: CommandContext };
export type RecordPledgeBreach = { type: 'RecordPledgeBreach'; data: { organisationId: string; breachId: string; reason: string; breachedAt: string }; context: CommandContext };
export type RecordPledgeBreachRemedy = { type: 'RecordPledgeBreachRemedy'; data: { organisationId: string; breachId: string; remediedAt: string }; context: CommandContext };
export type OrganisationCommand =
  | RegisterOrganisation | RecordPledgeSignature | RecordPledgeWithdrawal | RecordBar | RecordBarLifted
  | RecordPledgeLapse | RecordGovernanceSuspension | RecordGovernanceReinstatement | RecordPledgeBreach | RecordPledgeBreachRemedy;

/** Whether the organisation is barred from new calls now. */
export function isBarred(state: OrganisationState): boolean {
  return state.status === 'registered' && state.bar !== undefined && state.bar.liftedAt === undefined;
}

/**
 * Why governance keeps the organisation from new applications, or null: a suspension in force, or
 * a breach of the pledge not yet remedied (issue 16).
 */
export function governanceHold(state: OrganisationState): string | null {
  if (state.status !== 'registered' || !state.governance) return null;
  const { suspension, openBreaches } = state.governance;
  if (suspension) return `suspended by governance since ${suspension.since}: ${suspension.reason}`;
  if (openBreaches.length > 0) return `breach of the pledge not remedied: ${openBreaches[0].reason}`;
  return null;
}

/** RFC 3339 times from other services may carry any offset: compare instants, not text. */
const isBefore = (a: string, b: string): boolean => Date.parse(a) < Date.parse(b);

export function decideOrganisation(command: OrganisationCommand, state: OrganisationState): OrganisationEvent[] {
  switch (command.type) {
    case 'RegisterOrganisation': {
      if (state.status === 'registered') throw conflict('organisation-exists', `organisation ${command.data.organisationId} is already registered`);
      if (!command.data.contacts.some((c) => c.role === 'representative')) {
        throw invalid('representative-required', 'an organisation needs an authorised representative among its contacts', 'contacts');
      }
      return [{
        type: 'OrganisationRegistered',
        data: { ...command.data, smeQualified: isSme(command.data.sme, { sme: command.smeRules }), registeredBy: command.context.actor.id, registeredAt: command.context.now.toISOString() },
      }];
    }
    case 'RecordPledgeSignature': {
      if (state.status !== 'registered') throw notFound('organisation-not-found', `organisation ${command.data.organisationId} is not registered`);
      // A redelivered or older signature (of any version, or from before a withdrawal) changes nothing.
      const { signedAt } = command.data;
      if (state.pledge) {
        if (!isBefore(state.pledge.signedAt, signedAt)) return [];
      } else {
        if (state.pledgeWithdrawnAt !== null && !isBefore(state.pledgeWithdrawnAt, signedAt)) return [];
        // Signing the new version the moment the old one lapsed counts; a signature from before the lapse does not.
        if (state.pledgeLapsedAt !== undefined && isBefore(signedAt, state.pledgeLapsedAt)) return [];
      }
      return [{ type: 'PledgeSignatureRecorded', data: command.data }];
    }
    case 'RecordPledgeWithdrawal': {
      if (state.status !== 'registered') throw notFound('organisation-not-found', `organisation ${command.data.organisationId} is not registered`);
      // Nothing to withdraw, or a stale withdrawal from before the current signature.
      if (!state.pledge || isBefore(command.data.withdrawnAt, state.pledge.signedAt)) return [];
      return [{ type: 'PledgeWithdrawalRecorded', data: command.data }];
    }
    case 'RecordBar': {
      if (state.status !== 'registered') throw notFound('organisation-not-found', `organisation ${command.data.organisationId} is not registered`);
      // A redelivered bar, or one older than the last change, changes nothing.
      const last = state.bar?.liftedAt ?? state.bar?.since;
      if (last !== undefined && !isBefore(last, command.data.barredAt)) return [];
      return [{ type: 'OrganisationBarRecorded', data: command.data }];
    }
    case 'RecordBarLifted': {
      if (state.status !== 'registered') throw notFound('organisation-not-found', `organisation ${command.data.organisationId} is not registered`);
      if (!isBarred(state) || isBefore(command.data.liftedAt, state.bar?.since ?? command.data.liftedAt)) return [];
      return [{ type: 'OrganisationBarLiftRecorded', data: command.data }];
    }
    case 'RecordPledgeLapse': {
      if (state.status !== 'registered') throw notFound('organisation-not-found', `organisation ${command.data.organisationId} is not registered`);
      // Only a signature of the lapsed version, made before the lapse, lapses; a newer one stands.
      if (!state.pledge || Number(state.pledge.version) !== command.data.pledgeVersion || !isBefore(state.pledge.signedAt, command.data.lapsedAt)) return [];
      return [{ type: 'PledgeLapseRecorded', data: command.data }];
    }
    case 'RecordGovernanceSuspension':
    case 'RecordGovernanceReinstatement': {
      if (state.status !== 'registered') throw notFound('organisation-not-found', `organisation ${command.data.organisationId} is not registered`);
      // Governance's events about one organisation arrive in order (one key); a change older than the last is stale.
      const changedAt = state.governance?.changedAt ?? null;
      if (changedAt !== null && isBefore(command.data.requestedAt, changedAt)) return [];
      const suspended = state.governance?.suspension != null;
      if (command.type === 'RecordGovernanceSuspension') return suspended ? [] : [{ type: 'GovernanceSuspensionRecorded', data: command.data }];
      return suspended ? [{ type: 'GovernanceReinstatementRecorded', data: command.data }] : [];
    }
    case 'RecordPledgeBreach': {
      if (state.status !== 'registered') throw notFound('organisation-not-found', `organisation ${command.data.organisationId} is not registered`);
      const known = state.governance && (state.governance.openBreaches.some((b) => b.breachId === command.data.breachId) || state.governance.remediedBreaches.includes(command.data.breachId));
      return known ? [] : [{ type: 'PledgeBreachRecorded', data: command.data }];
    }
    case 'RecordPledgeBreachRemedy': {
      if (state.status !== 'registered') throw notFound('organisation-not-found', `organisation ${command.data.organisationId} is not registered`);
      if (!state.governance?.openBreaches.some((b) => b.breachId === command.data.breachId)) return [];
      return [{ type: 'PledgeBreachRemedyRecorded', data: command.data }];
    }
    default:
      return assertNever(command);
  }
}

export const organisationDecider: Decider<OrganisationCommand, OrganisationState, OrganisationEvent> = {
  initialState: initialOrganisationState,
  evolve: evolveOrganisation,
  decide: decideOrganisation,
};
