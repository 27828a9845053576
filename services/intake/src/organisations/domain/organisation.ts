import type { DomainEvent } from '@hpc-access/eventsourcing';

/** A contact person: the only personal data intake keeps, encrypted per person in the store. */
export interface ContactPerson {
  personId: string;
  name: string;
  email: string;
  phone?: string;
  role: 'representative' | 'technical' | 'other';
}

export interface SmeFacts {
  staff: number;
  turnoverEurM: number;
  balanceSheetEurM: number;
}

// ---- events ----------------------------------------------------------------------------------
export interface OrganisationRegistration {
  organisationId: string;
  legalName: string;
  country: string;
  registrationNumber: string;
  sme: SmeFacts;
  /**
   * Whether the facts met the SME rule in force at registration: recorded, so that what is
   * published of this event never depends on the rules of the day it is (re)published. Absent on
   * events recorded before it was kept (see integration/published-events.ts).
   */
  smeQualified?: boolean;
  contacts: ContactPerson[];
  registeredBy: string;
  registeredAt: string;
}
export type OrganisationRegistered = DomainEvent<'OrganisationRegistered', OrganisationRegistration>;
export type PledgeSignatureRecorded = DomainEvent<'PledgeSignatureRecorded', {
  organisationId: string;
  pledgeVersion: string;
  signedBy: string;
  signedAt: string;
}>;
export type PledgeWithdrawalRecorded = DomainEvent<'PledgeWithdrawalRecorded', {
  organisationId: string;
  withdrawnAt: string;
  reason: string;
}>;
/** Allocation barred the organisation from new calls: a final report is overdue. */
export type OrganisationBarRecorded = DomainEvent<'OrganisationBarRecorded', { organisationId: string; reason: string; barredAt: string }>;
export type OrganisationBarLiftRecorded = DomainEvent<'OrganisationBarLiftRecorded', { organisationId: string; liftedAt: string }>;
/** Governance: the signed version was not renewed by the new version's date; unsigned until it signs again. */
export type PledgeLapseRecorded = DomainEvent<'PledgeLapseRecorded', { organisationId: string; pledgeVersion: number; requiredVersion: number; lapsedAt: string }>;
/** Governance suspended the organisation (its allocations) and later reinstated it. */
export type GovernanceSuspensionRecorded = DomainEvent<'GovernanceSuspensionRecorded', { organisationId: string; reason: string; requestedAt: string }>;
export type GovernanceReinstatementRecorded = DomainEvent<'GovernanceReinstatementRecorded', { organisationId: string; reason: string; requestedAt: string }>;
/** A breach of the pledge governance recorded, and its remedy. */
export type PledgeBreachRecorded = DomainEvent<'PledgeBreachRecorded', { organisationId: string; breachId: string; reason: string; breachedAt: string }>;
export type PledgeBreachRemedyRecorded = DomainEvent<'PledgeBreachRemedyRecorded', { organisationId: string; breachId: string; remediedAt: string }>;
export type GovernanceStandingEvent = PledgeLapseRecorded | GovernanceSuspensionRecorded | GovernanceReinstatementRecorded | PledgeBreachRecorded | PledgeBreachRemedyRecorded;
export type OrganisationEvent = OrganisationRegistered | PledgeSignatureRecorded | PledgeWithdrawalRecorded | OrganisationBarRecorded | OrganisationBarLiftRecorded | GovernanceStandingEvent;

// ---- state -----------------------------------------------------------------------------------
export interface RegisteredOrganisation extends OrganisationRegistration {
  status: 'registered';
  pledge: { version: string; signedAt: string; signedBy: string } | null;
  /** Kept so that a signature redelivered after the withdrawal does not sign the pledge again. */
  pledgeWithdrawnAt: string | null;
  /** Set while the organisation may not apply (final report overdue). */
  bar?: { reason: string; since: string; liftedAt?: string };
  /** When the signature lapsed (a new version not signed in time); a signature from before it changes nothing. */
  pledgeLapsedAt?: string;
  /** Governance's word on the organisation: a suspension in force and breaches not yet remedied. */
  governance?: GovernanceStanding;
}

export interface GovernanceStanding {
  suspension: { reason: string; since: string } | null;
  /** Set at the last suspension or reinstatement: an older one redelivered changes nothing. */
  changedAt: string | null;
  openBreaches: { breachId: string; reason: string; since: string }[];
  remediedBreaches: string[];
}

export const noGovernanceStanding = (): GovernanceStanding => ({ suspension: null, changedAt: null, openBreaches: [], remediedBreaches: [] });
export type OrganisationState = { status: 'unregistered' } | RegisteredOrganisation;

export const initialOrganisationState = (): OrganisationState => ({ status: 'unregistered' });

export function evolveOrganisation(state: OrganisationState, event: OrganisationEvent): OrganisationState {
  switch (event.type) {
    case 'OrganisationRegistered':
      return { status: 'registered', ...event.data, pledge: null, pledgeWithdrawnAt: null };
    case 'PledgeSignatureRecorded':
      if (state.status !== 'registered') return state;
      return { ...state, pledge: { version: event.data.pledgeVersion, signedAt: event.data.signedAt, signedBy: event.data.signedBy } };
    case 'PledgeWithdrawalRecorded':
      return state.status === 'registered' ? { ...state, pledge: null, pledgeWithdrawnAt: event.data.withdrawnAt } : state;
    case 'OrganisationBarRecorded':
      return state.status === 'registered' ? { ...state, bar: { reason: event.data.reason, since: event.data.barredAt } } : state;
    case 'OrganisationBarLiftRecorded':
      return state.status === 'registered' && state.bar ? { ...state, bar: { ...state.bar, liftedAt: event.data.liftedAt } } : state;
    case 'PledgeLapseRecorded':
      return state.status === 'registered' ? { ...state, pledge: null, pledgeLapsedAt: event.data.lapsedAt } : state;
    default:
      return state.status === 'registered' ? { ...state, governance: evolveGovernanceStanding(state.governance ?? noGovernanceStanding(), event) } : state;
  }
}

function evolveGovernanceStanding(standing: GovernanceStanding, event: Exclude<GovernanceStandingEvent, PledgeLapseRecorded>): GovernanceStanding {
  switch (event.type) {
    case 'GovernanceSuspensionRecorded':
      return { ...standing, suspension: { reason: event.data.reason, since: event.data.requestedAt }, changedAt: event.data.requestedAt };
    case 'GovernanceReinstatementRecorded':
      return { ...standing, suspension: null, changedAt: event.data.requestedAt };
    case 'PledgeBreachRecorded':
      return { ...standing, openBreaches: [...standing.openBreaches, { breachId: event.data.breachId, reason: event.data.reason, since: event.data.breachedAt }] };
    case 'PledgeBreachRemedyRecorded':
      return { ...standing, openBreaches: standing.openBreaches.filter((b) => b.breachId !== event.data.breachId), remediedBreaches: [...standing.remediedBreaches, event.data.breachId] };
  }
}

/** One function builds each stream id (STYLE.md point 5). */
export const organisationStreamId = (organisationId: string): string => `organisation-${organisationId}`;

/** Where the personal data of an organisation's events is, for crypto-shredding. */
export const ORGANISATION_PERSONAL_DATA = {
  OrganisationRegistered: [{ path: 'contacts[]', subjectField: 'personId', fields: ['name', 'email', 'phone'] }],
};
