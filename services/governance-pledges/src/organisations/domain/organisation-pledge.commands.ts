import type { CommandContext } from '@hpc-access/eventsourcing';
import type { Evidence } from './organisation-pledge';

type Org = { organisationId: string };
type Command<T extends string, D> = { type: T; data: Org & D; context: CommandContext };

/** Carried in from intake's OrganisationRegistered. */
export type RecordOrganisation = Command<'RecordOrganisation', { legalName: string; country: string; sme: boolean }>;
/** Facts: the current version and its optional commitments, and the attestation period, as configured now. */
export type SignPledge = Command<'SignPledge', {
  pledgeVersion: number;
  optionalCommitments: string[];
  facts: { currentVersion: number; optionalCommitmentIds: string[]; attestationPeriodMonths: number; attestationReminderDays: number };
}>;
export type WithdrawPledge = Command<'WithdrawPledge', { reason: string }>;
/** Fired at the re-sign deadline of a new version. */
export type LapseSignature = Command<'LapseSignature', { requiredVersion: number }>;
/** Facts: accounting's latest totals for the organisation, and the configuration. */
export type SubmitAttestation = Command<'SubmitAttestation', {
  attestationId: string;
  evidence: Evidence;
  declaredTrainingFlop: number;
  declaredEnergyKwh: number;
  facts: { accountingTrainingFlop: number; accountingEnergyKwh: number; tolerancePercent: number; attestationPeriodMonths: number; attestationWindowDays: number; attestationReminderDays: number };
}>;
/** Fired `attestationReminderDays` before an attestation falls due. */
export type RemindAttestationDue = Command<'RemindAttestationDue', { dueAt: string }>;
export type MarkAttestationOverdue = Command<'MarkAttestationOverdue', { dueAt: string; facts: { gracePeriodDays: number } }>;
export type BreachOverdueAttestation = Command<'BreachOverdueAttestation', { dueAt: string; breachId: string }>;
/** Carried in from ethics-review's EthicsDecided (cleared with conditions). */
export type RecordObligations = Command<'RecordObligations', { applicationId: string; conditions: Array<{ conditionId: string; text: string; dueDate: string }> }>;
export type SubmitObligationEvidence = Command<'SubmitObligationEvidence', { obligationId: string; evidence: Evidence }>;
export type AcceptObligation = Command<'AcceptObligation', { obligationId: string }>;
export type RejectObligationEvidence = Command<'RejectObligationEvidence', { obligationId: string; reason: string; facts: { gracePeriodDays: number } }>;
export type MarkObligationOverdue = Command<'MarkObligationOverdue', { obligationId: string; facts: { gracePeriodDays: number } }>;
export type BreachOverdueObligation = Command<'BreachOverdueObligation', { obligationId: string; breachId: string }>;
/** A breach report the governance officer confirmed. */
export type RecordConfirmedBreach = Command<'RecordConfirmedBreach', { breachId: string; reason: string }>;
export type RequestSuspension = Command<'RequestSuspension', { reason: string; breachId?: string }>;
export type RequestReinstatement = Command<'RequestReinstatement', { reason: string }>;

export type OrganisationPledgeCommand =
  | RecordOrganisation | SignPledge | WithdrawPledge | LapseSignature
  | SubmitAttestation | RemindAttestationDue | MarkAttestationOverdue | BreachOverdueAttestation
  | RecordObligations | SubmitObligationEvidence | AcceptObligation | RejectObligationEvidence | MarkObligationOverdue | BreachOverdueObligation
  | RecordConfirmedBreach | RequestSuspension | RequestReinstatement;
