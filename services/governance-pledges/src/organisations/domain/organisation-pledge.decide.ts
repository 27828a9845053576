import { assertNever, conflict, forbidden, invalid, notFound, type Decider } from '@hpc-access/eventsourcing';
import { attestationFlags, reminderDateFor } from './attestation-rules';
import { addDays, addMonths, iso } from './calendar';
import { decideObligation } from './obligations.decide';
import {
  evolveOrganisationPledge, initialOrganisationPledgeState, openBreaches,
  type OrganisationPledgeEvent, type OrganisationPledgeState,
} from './organisation-pledge';
import type { OrganisationPledgeCommand, RequestReinstatement, RequestSuspension } from './organisation-pledge.commands';

function assertRegistered(state: OrganisationPledgeState, organisationId: string): void {
  if (!state.registration) throw notFound('organisation-not-found', `organisation ${organisationId} is not known to governance`);
}

/** Staff decide nothing about their own organisation (DOMAIN.md, separation of duties). */
function assertNotOwnOrganisation(actor: { organisationId?: string }, organisationId: string): void {
  if (actor.organisationId === organisationId) throw forbidden('own-organisation', 'nobody decides on their own organisation');
}

function decideSuspension(command: RequestSuspension | RequestReinstatement, state: OrganisationPledgeState): OrganisationPledgeEvent[] {
  const { organisationId, reason } = command.data;
  assertRegistered(state, organisationId);
  assertNotOwnOrganisation(command.context.actor, organisationId);
  const base = { organisationId, reason, requestedBy: command.context.actor.id, requestedAt: iso(command.context.now) };
  if (command.type === 'RequestSuspension') {
    if (state.suspension) throw conflict('already-suspended', 'the organisation\'s allocations are already suspended');
    const breachId = command.data.breachId ?? null;
    if (breachId !== null) {
      const breach = state.breaches.find((b) => b.breachId === breachId);
      if (!breach) throw invalid('unknown-breach', `breach ${breachId} is not a breach of this organisation`, 'breachId');
      if (breach.remediedAt !== null) throw conflict('breach-remedied', `breach ${breachId} was remedied`);
    }
    // A suspension answers a breach or a pledge no longer in force, nothing else.
    const grounds = openBreaches(state).length > 0 || state.status === 'withdrawn' || state.status === 'lapsed';
    if (!grounds) throw conflict('no-grounds-for-suspension', 'the organisation has no open breach and its pledge is in force');
    return [{ type: 'AllocationsSuspensionRequested', data: { ...base, breachId } }];
  }
  if (!state.suspension) throw conflict('not-suspended', 'the organisation\'s allocations are not suspended');
  if (openBreaches(state).length > 0) throw conflict('breaches-open', 'every breach must be remedied before reinstatement');
  if (state.status !== 'signed') throw conflict('pledge-not-in-force', 'the organisation must sign the current pledge before reinstatement');
  return [{ type: 'AllocationsResumptionRequested', data: base }];
}

export function decideOrganisationPledge(command: OrganisationPledgeCommand, state: OrganisationPledgeState): OrganisationPledgeEvent[] {
  const { organisationId } = command.data;
  const now = command.context.now;
  switch (command.type) {
    case 'RecordOrganisation':
      if (state.registration) return [];
      return [{ type: 'OrganisationRecorded', data: { organisationId, legalName: command.data.legalName, country: command.data.country, sme: command.data.sme } }];
    case 'SignPledge': {
      assertRegistered(state, organisationId);
      const { pledgeVersion, optionalCommitments, facts } = command.data;
      if (pledgeVersion !== facts.currentVersion) throw conflict('not-current-version', `only the current pledge version ${facts.currentVersion} can be signed`, 'pledgeVersion');
      const unknown = optionalCommitments.filter((c) => !facts.optionalCommitmentIds.includes(c));
      if (unknown.length > 0) throw invalid('unknown-optional-commitment', `version ${pledgeVersion} has no optional commitment ${unknown.join(', ')}`, 'optionalCommitments');
      // Signing again recommits the organisation; that only means something after a confirmed breach.
      const reportBreaches = openBreaches(state).filter((b) => b.cause === 'report');
      if (state.status === 'signed' && state.signature?.pledgeVersion === pledgeVersion && reportBreaches.length === 0) {
        throw conflict('already-signed', `the organisation has signed version ${pledgeVersion} already`);
      }
      // A signature within a running schedule (a re-signature, a new version) keeps its due date and reminder.
      const dueAt = state.attestation ? null : addMonths(now, facts.attestationPeriodMonths);
      const schedule = dueAt ? { attestationDueAt: iso(dueAt), attestationRemindAt: reminderDateFor(dueAt, now, facts.attestationReminderDays) } : { attestationDueAt: null };
      return [
        { type: 'PledgeSigned', data: { organisationId, pledgeVersion, optionalCommitments: [...new Set(optionalCommitments)], signedBy: command.context.actor.id, signedAt: iso(now), ...schedule } },
        ...reportBreaches.map((b): OrganisationPledgeEvent => ({ type: 'BreachRemedied', data: { organisationId, breachId: b.breachId, remedy: 'pledge-signed', remediedAt: iso(now) } })),
      ];
    }
    case 'WithdrawPledge':
      assertRegistered(state, organisationId);
      if (state.status !== 'signed' && state.status !== 'lapsed') throw conflict('not-signed', 'there is no signed pledge to withdraw');
      return [{ type: 'PledgeWithdrawn', data: { organisationId, reason: command.data.reason, withdrawnBy: command.context.actor.id, withdrawnAt: iso(now) } }];
    case 'LapseSignature':
      // Signed the new version in time, or not signed at all: nothing lapses.
      if (state.status !== 'signed' || !state.signature || state.signature.pledgeVersion >= command.data.requiredVersion) return [];
      return [{ type: 'SignatureLapsed', data: { organisationId, pledgeVersion: state.signature.pledgeVersion, requiredVersion: command.data.requiredVersion, lapsedAt: iso(now) } }];
    case 'SubmitAttestation': {
      assertRegistered(state, organisationId);
      const { facts } = command.data;
      if (!state.attestation) throw conflict('no-attestation-due', 'attestations are due only while the pledge is signed');
      const dueAt = new Date(state.attestation.nextDueAt);
      if (now < addDays(dueAt, -facts.attestationWindowDays)) {
        throw conflict('attestation-not-yet-due', `the next attestation is due ${state.attestation.nextDueAt}; it opens ${facts.attestationWindowDays} days before`);
      }
      const flags = attestationFlags(
        { trainingFlop: command.data.declaredTrainingFlop, energyKwh: command.data.declaredEnergyKwh },
        { trainingFlop: facts.accountingTrainingFlop, energyKwh: facts.accountingEnergyKwh },
        facts.tolerancePercent,
      );
      const remedied = openBreaches(state).filter((b) => b.cause === 'attestation-overdue');
      const nextDueAt = addMonths(dueAt, facts.attestationPeriodMonths);
      return [
        {
          type: 'AttestationSubmitted',
          data: {
            organisationId, attestationId: command.data.attestationId, periodDueAt: state.attestation.nextDueAt, evidence: command.data.evidence,
            declaredTrainingFlop: command.data.declaredTrainingFlop, declaredEnergyKwh: command.data.declaredEnergyKwh,
            accountingTrainingFlop: facts.accountingTrainingFlop, accountingEnergyKwh: facts.accountingEnergyKwh, tolerancePercent: facts.tolerancePercent,
            flags, submittedBy: command.context.actor.id, submittedAt: iso(now),
            nextDueAt: iso(nextDueAt), nextRemindAt: reminderDateFor(nextDueAt, now, facts.attestationReminderDays),
          },
        },
        ...remedied.map((b): OrganisationPledgeEvent => ({ type: 'BreachRemedied', data: { organisationId, breachId: b.breachId, remedy: 'attestation-submitted', remediedAt: iso(now) } })),
      ];
    }
    case 'RemindAttestationDue': {
      // A period attested meanwhile, a schedule stopped (withdrawal), a reminder already given, or
      // a due date already passed (the overdue reminder speaks then): nothing to do.
      const a = state.attestation;
      if (!a || a.nextDueAt !== command.data.dueAt || a.remindedAt !== undefined || a.overdueSince !== null || now >= new Date(a.nextDueAt)) return [];
      return [{ type: 'AttestationDueSoon', data: { organisationId, dueAt: a.nextDueAt, remindedAt: iso(now) } }];
    }
    case 'MarkAttestationOverdue': {
      // The deadline of a period already attested, or of a schedule that stopped, is nothing to do.
      const a = state.attestation;
      if (!a || a.nextDueAt !== command.data.dueAt || a.overdueSince !== null || now < new Date(a.nextDueAt)) return [];
      // The grace period runs from the due date, however late the reminder fires.
      return [{ type: 'AttestationOverdue', data: { organisationId, dueAt: a.nextDueAt, remindedAt: iso(now), breachAt: iso(addDays(new Date(a.nextDueAt), command.data.facts.gracePeriodDays)) } }];
    }
    case 'BreachOverdueAttestation': {
      const a = state.attestation;
      if (!a || a.nextDueAt !== command.data.dueAt || a.breachAt === null || now < new Date(a.breachAt)) return [];
      if (state.breaches.some((b) => b.cause === 'attestation-overdue' && b.ref === a.nextDueAt)) return [];
      return [{
        type: 'PledgeBreached',
        data: { organisationId, breachId: command.data.breachId, cause: 'attestation-overdue', ref: a.nextDueAt, reason: `attestation due ${a.nextDueAt} not submitted within the grace period`, breachedAt: iso(now) },
      }];
    }
    case 'RecordConfirmedBreach': {
      if (state.breaches.some((b) => b.breachId === command.data.breachId)) return [];
      const breached: OrganisationPledgeEvent = { type: 'PledgeBreached', data: { organisationId, breachId: command.data.breachId, cause: 'report', ref: command.data.breachId, reason: command.data.reason, breachedAt: iso(now) } };
      // A breach the officer confirmed suspends the organisation's allocations at once, until it is
      // remedied and the officer reinstates it (issue 16, ADR 27); one already suspended stays so.
      if (state.suspension) return [breached];
      const suspension: OrganisationPledgeEvent = {
        type: 'AllocationsSuspensionRequested',
        data: { organisationId, reason: `breach confirmed: ${command.data.reason}`.slice(0, 2000), breachId: command.data.breachId, requestedBy: command.context.actor.id, requestedAt: iso(now) },
      };
      return [breached, suspension];
    }
    case 'RequestSuspension':
    case 'RequestReinstatement':
      return decideSuspension(command, state);
    case 'RecordObligations':
    case 'SubmitObligationEvidence':
    case 'AcceptObligation':
    case 'RejectObligationEvidence':
    case 'MarkObligationOverdue':
    case 'BreachOverdueObligation':
      if (command.type === 'AcceptObligation' || command.type === 'RejectObligationEvidence') assertNotOwnOrganisation(command.context.actor, organisationId);
      return decideObligation(command, state);
    default:
      return assertNever(command);
  }
}

export const organisationPledgeDecider: Decider<OrganisationPledgeCommand, OrganisationPledgeState, OrganisationPledgeEvent> = {
  initialState: initialOrganisationPledgeState,
  evolve: evolveOrganisationPledge,
  decide: decideOrganisationPledge,
};
