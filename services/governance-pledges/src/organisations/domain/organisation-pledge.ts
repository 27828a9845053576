import type { DomainEvent } from '@hpc-access/eventsourcing';

export type PledgeStatus = 'unsigned' | 'signed' | 'lapsed' | 'withdrawn';
export type BreachCause = 'attestation-overdue' | 'obligation-overdue' | 'report';
export type AttestationFlag = 'training-compute-mismatch' | 'energy-mismatch';

export interface Evidence {
  summary: string;
  links: string[];
}

export interface Signature {
  pledgeVersion: number;
  optionalCommitments: string[];
  signedBy: string;
  signedAt: string;
}

export interface Attestation {
  attestationId: string;
  periodDueAt: string;
  evidence: Evidence;
  declaredTrainingFlop: number;
  declaredEnergyKwh: number;
  accountingTrainingFlop: number;
  accountingEnergyKwh: number;
  tolerancePercent: number;
  flags: AttestationFlag[];
  submittedBy: string;
  submittedAt: string;
}

export interface Obligation {
  obligationId: string;
  applicationId: string;
  text: string;
  dueDate: string;
  dueAt: string;
  status: 'open' | 'evidence-submitted' | 'fulfilled';
  overdueSince: string | null;
  breachAt: string | null;
  evidence: (Evidence & { submittedBy: string; submittedAt: string }) | null;
  fulfilledAt: string | null;
}

export interface Breach {
  breachId: string;
  cause: BreachCause;
  /** What it is about: the attestation due date, the obligation id or the report id. */
  ref: string;
  reason: string;
  breachedAt: string;
  remediedAt: string | null;
}

// ---- events ----------------------------------------------------------------------------------
type Org = { organisationId: string };
export type OrganisationRecorded = DomainEvent<'OrganisationRecorded', Org & { legalName: string; country: string; sme: boolean }>;
/**
 * `attestationDueAt` is set when the signature starts the attestation schedule, and with it
 * `attestationRemindAt`, when the reminder before it is due (null: too close to remind; absent
 * on signatures recorded before reminders existed).
 */
export type PledgeSigned = DomainEvent<'PledgeSigned', Org & Signature & { attestationDueAt: string | null; attestationRemindAt?: string | null }>;
export type PledgeWithdrawn = DomainEvent<'PledgeWithdrawn', Org & { reason: string; withdrawnBy: string; withdrawnAt: string }>;
/** Kept inside governance (no contract): the read model shows it, and it counts as not signed. */
export type SignatureLapsed = DomainEvent<'SignatureLapsed', Org & { pledgeVersion: number; requiredVersion: number; lapsedAt: string }>;
/** `nextRemindAt`: the reminder before the next due date, as `attestationRemindAt` of a signature. */
export type AttestationSubmitted = DomainEvent<'AttestationSubmitted', Org & Attestation & { nextDueAt: string; nextRemindAt?: string | null }>;
/** The reminder `attestationReminderDays` before the due date, once per due date (issue 19). */
export type AttestationDueSoon = DomainEvent<'AttestationDueSoon', Org & { dueAt: string; remindedAt: string }>;
/** The reminder at the due date: the grace period runs until `breachAt`. */
export type AttestationOverdue = DomainEvent<'AttestationOverdue', Org & { dueAt: string; remindedAt: string; breachAt: string }>;
export type PledgeBreached = DomainEvent<'PledgeBreached', Org & Omit<Breach, 'remediedAt'>>;
export type BreachRemedied = DomainEvent<'BreachRemedied', Org & { breachId: string; remedy: 'attestation-submitted' | 'obligation-fulfilled' | 'pledge-signed'; remediedAt: string }>;
export type ObligationRecorded = DomainEvent<'ObligationRecorded', Org & { obligationId: string; applicationId: string; text: string; dueDate: string; dueAt: string }>;
export type ObligationEvidenceSubmitted = DomainEvent<'ObligationEvidenceSubmitted', Org & { obligationId: string; evidence: Evidence; submittedBy: string; submittedAt: string }>;
export type ObligationEvidenceRejected = DomainEvent<'ObligationEvidenceRejected', Org & { obligationId: string; reason: string; rejectedBy: string; rejectedAt: string }>;
export type ObligationFulfilled = DomainEvent<'ObligationFulfilled', Org & { obligationId: string; applicationId: string; acceptedBy: string; fulfilledAt: string }>;
export type ObligationOverdue = DomainEvent<'ObligationOverdue', Org & { obligationId: string; overdueAt: string; breachAt: string }>;
export type AllocationsSuspensionRequested = DomainEvent<'AllocationsSuspensionRequested', Org & { reason: string; breachId: string | null; requestedBy: string; requestedAt: string }>;
export type AllocationsResumptionRequested = DomainEvent<'AllocationsResumptionRequested', Org & { reason: string; requestedBy: string; requestedAt: string }>;

export type OrganisationPledgeEvent =
  | OrganisationRecorded | PledgeSigned | PledgeWithdrawn | SignatureLapsed
  | AttestationSubmitted | AttestationDueSoon | AttestationOverdue | PledgeBreached | BreachRemedied
  | ObligationRecorded | ObligationEvidenceSubmitted | ObligationEvidenceRejected | ObligationFulfilled | ObligationOverdue
  | AllocationsSuspensionRequested | AllocationsResumptionRequested;

// ---- state -----------------------------------------------------------------------------------
export interface OrganisationPledgeState {
  organisationId: string | null;
  /** Known from intake; obligations may arrive first, since topics are not ordered among themselves. */
  registration: { legalName: string; country: string; sme: boolean } | null;
  status: PledgeStatus;
  signature: Signature | null;
  /** The attestation schedule, running from the first signature until a withdrawal. */
  attestation: { nextDueAt: string; overdueSince: string | null; breachAt: string | null; /** When this due date was reminded of. */ remindedAt?: string } | null;
  attestations: Attestation[];
  obligations: Obligation[];
  breaches: Breach[];
  suspension: { reason: string; breachId: string | null; requestedAt: string } | null;
}

export const initialOrganisationPledgeState = (): OrganisationPledgeState => ({
  organisationId: null,
  registration: null,
  status: 'unsigned',
  signature: null,
  attestation: null,
  attestations: [],
  obligations: [],
  breaches: [],
  suspension: null,
});

const updateObligation = (state: OrganisationPledgeState, obligationId: string, change: Partial<Obligation>): OrganisationPledgeState => ({
  ...state,
  obligations: state.obligations.map((o) => (o.obligationId === obligationId ? { ...o, ...change } : o)),
});

export function evolveOrganisationPledge(state: OrganisationPledgeState, event: OrganisationPledgeEvent): OrganisationPledgeState {
  const s = { ...state, organisationId: event.data.organisationId };
  switch (event.type) {
    case 'OrganisationRecorded':
      return { ...s, registration: { legalName: event.data.legalName, country: event.data.country, sme: event.data.sme } };
    case 'PledgeSigned': {
      const { pledgeVersion, optionalCommitments, signedBy, signedAt, attestationDueAt } = event.data;
      const attestation = attestationDueAt ? { nextDueAt: attestationDueAt, overdueSince: null, breachAt: null } : s.attestation;
      return { ...s, status: 'signed', signature: { pledgeVersion, optionalCommitments, signedBy, signedAt }, attestation };
    }
    case 'PledgeWithdrawn':
      return { ...s, status: 'withdrawn', signature: null, attestation: null };
    case 'SignatureLapsed':
      return { ...s, status: 'lapsed' };
    case 'AttestationSubmitted': {
      const { organisationId: _o, nextDueAt, nextRemindAt: _r, ...attestation } = event.data;
      return { ...s, attestations: [...s.attestations, attestation], attestation: { nextDueAt, overdueSince: null, breachAt: null } };
    }
    case 'AttestationDueSoon':
      return s.attestation?.nextDueAt === event.data.dueAt ? { ...s, attestation: { ...s.attestation, remindedAt: event.data.remindedAt } } : s;
    case 'AttestationOverdue':
      return s.attestation ? { ...s, attestation: { ...s.attestation, overdueSince: event.data.dueAt, breachAt: event.data.breachAt } } : s;
    case 'PledgeBreached': {
      const { organisationId: _o, ...breach } = event.data;
      return { ...s, breaches: [...s.breaches, { ...breach, remediedAt: null }] };
    }
    case 'BreachRemedied':
      return { ...s, breaches: s.breaches.map((b) => (b.breachId === event.data.breachId ? { ...b, remediedAt: event.data.remediedAt } : b)) };
    case 'ObligationRecorded': {
      const { organisationId: _o, ...o } = event.data;
      return { ...s, obligations: [...s.obligations, { ...o, status: 'open', overdueSince: null, breachAt: null, evidence: null, fulfilledAt: null }] };
    }
    case 'ObligationEvidenceSubmitted':
      return updateObligation(s, event.data.obligationId, { status: 'evidence-submitted', evidence: { ...event.data.evidence, submittedBy: event.data.submittedBy, submittedAt: event.data.submittedAt } });
    case 'ObligationEvidenceRejected':
      return updateObligation(s, event.data.obligationId, { status: 'open', evidence: null });
    case 'ObligationFulfilled':
      return updateObligation(s, event.data.obligationId, { status: 'fulfilled', fulfilledAt: event.data.fulfilledAt });
    case 'ObligationOverdue':
      return updateObligation(s, event.data.obligationId, { overdueSince: event.data.overdueAt, breachAt: event.data.breachAt });
    case 'AllocationsSuspensionRequested':
      return { ...s, suspension: { reason: event.data.reason, breachId: event.data.breachId, requestedAt: event.data.requestedAt } };
    case 'AllocationsResumptionRequested':
      return { ...s, suspension: null };
  }
}

export const openBreaches = (state: OrganisationPledgeState): Breach[] => state.breaches.filter((b) => b.remediedAt === null);

/** One function builds each stream id (STYLE.md point 5). */
export const organisationPledgeStreamId = (organisationId: string): string => `organisation-pledge-${organisationId}`;
