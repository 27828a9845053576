import type { CommandContext } from '@hpc-access/eventsourcing';
import { deciderSpec } from '@hpc-access/testing';
import type { OrganisationPledgeEvent } from '../organisations/domain/organisation-pledge';
import type { OrganisationPledgeCommand } from '../organisations/domain/organisation-pledge.commands';
import { organisationPledgeDecider } from '../organisations/domain/organisation-pledge.decide';

export const org = 'org-1';
export const at = (iso: string): Date => new Date(iso);
export const T0 = '2026-11-02T09:00:00.000Z';

export const applicantAt = (now = T0): CommandContext => ({ now: at(now), actor: { id: 'rep-1', role: 'applicant', organisationId: org } });
export const officerAt = (now = T0): CommandContext => ({ now: at(now), actor: { id: 'gov-1', role: 'governance-officer' } });
export const systemAt = (now = T0): CommandContext => ({ now: at(now), actor: { id: 'governance-scheduler', role: 'system' } });

export const spec = deciderSpec(organisationPledgeDecider);
export const given = (...events: OrganisationPledgeEvent[]) => spec.given(events);

/** Builds a command of a type with the organisation filled in. */
export function command<T extends OrganisationPledgeCommand['type']>(
  type: T, data: Omit<Extract<OrganisationPledgeCommand, { type: T }>['data'], 'organisationId'>, context: CommandContext,
): OrganisationPledgeCommand {
  return { type, data: { organisationId: org, ...data }, context } as unknown as OrganisationPledgeCommand;
}

export const signFacts = { currentVersion: 1, optionalCommitmentIds: ['human-oversight', 'risk-mitigation'], attestationPeriodMonths: 3, attestationReminderDays: 14 };
export const attestFacts = { accountingTrainingFlop: 1e21, accountingEnergyKwh: 1000, tolerancePercent: 10, attestationPeriodMonths: 3, attestationWindowDays: 30, attestationReminderDays: 14 };
export const evidence = { summary: 'Report', links: ['https://example.eu/r.pdf'] };

// ---- events ----------------------------------------------------------------------------------
export const recorded: OrganisationPledgeEvent = { type: 'OrganisationRecorded', data: { organisationId: org, legalName: 'Tensor Forge GmbH', country: 'DE', sme: true } };
/** 14 days (the seed's `attestationReminderDays`) before `dueAt`. */
export const reminderBefore = (dueAt: string, days = 14): string => new Date(Date.parse(dueAt) - days * 86_400_000).toISOString();
export const signed = (
  pledgeVersion = 1, signedAt = T0, attestationDueAt: string | null = '2027-02-02T09:00:00.000Z', optionalCommitments: string[] = [],
  attestationRemindAt: string | null = attestationDueAt && reminderBefore(attestationDueAt),
): OrganisationPledgeEvent => ({
  type: 'PledgeSigned',
  data: { organisationId: org, pledgeVersion, optionalCommitments, signedBy: 'rep-1', signedAt, attestationDueAt, ...(attestationDueAt ? { attestationRemindAt } : {}) },
});
export const dueSoon = (dueAt = '2027-02-02T09:00:00.000Z', remindedAt = reminderBefore(dueAt)): OrganisationPledgeEvent => ({
  type: 'AttestationDueSoon', data: { organisationId: org, dueAt, remindedAt },
});
export const withdrawn = (withdrawnAt = T0): OrganisationPledgeEvent => ({ type: 'PledgeWithdrawn', data: { organisationId: org, reason: 'leaving', withdrawnBy: 'rep-1', withdrawnAt } });
export const lapsed = (pledgeVersion = 1, requiredVersion = 2, lapsedAt = T0): OrganisationPledgeEvent => ({ type: 'SignatureLapsed', data: { organisationId: org, pledgeVersion, requiredVersion, lapsedAt } });
export const overdue = (dueAt = '2027-02-02T09:00:00.000Z', breachAt = '2027-03-04T09:00:00.000Z'): OrganisationPledgeEvent => ({
  type: 'AttestationOverdue', data: { organisationId: org, dueAt, remindedAt: dueAt, breachAt },
});
export const breached = (breachId: string, cause: 'attestation-overdue' | 'obligation-overdue' | 'report', ref: string, breachedAt = T0, reason = `${cause} ${ref}`): OrganisationPledgeEvent => ({
  type: 'PledgeBreached', data: { organisationId: org, breachId, cause, ref, reason, breachedAt },
});
export const obligationRecorded = (obligationId = 'cond-1', dueDate = '2026-12-31'): OrganisationPledgeEvent => ({
  type: 'ObligationRecorded', data: { organisationId: org, obligationId, applicationId: 'app-1', text: 'Publish a model card', dueDate, dueAt: '2027-01-01T00:00:00.000Z' },
});
export const evidenceSubmitted = (obligationId = 'cond-1', submittedAt = T0): OrganisationPledgeEvent => ({
  type: 'ObligationEvidenceSubmitted', data: { organisationId: org, obligationId, evidence, submittedBy: 'rep-1', submittedAt },
});
export const obligationOverdue = (obligationId = 'cond-1', overdueAt = '2027-01-01T00:00:00.000Z', breachAt = '2027-01-31T00:00:00.000Z'): OrganisationPledgeEvent => ({
  type: 'ObligationOverdue', data: { organisationId: org, obligationId, overdueAt, breachAt },
});
export const fulfilled = (obligationId = 'cond-1'): OrganisationPledgeEvent => ({
  type: 'ObligationFulfilled', data: { organisationId: org, obligationId, applicationId: 'app-1', acceptedBy: 'gov-1', fulfilledAt: T0 },
});
export const suspended = (breachId: string | null = null): OrganisationPledgeEvent => ({
  type: 'AllocationsSuspensionRequested', data: { organisationId: org, reason: 'breach', breachId, requestedBy: 'gov-1', requestedAt: T0 },
});
