import { ApiProperty } from '@nestjs/swagger';
import { openBreaches, type OrganisationPledgeState } from './domain/organisation-pledge';
import { PLEDGE_STATUSES } from './list-organisations/list-organisations.query';

export class SignatureView {
  @ApiProperty({ type: 'integer' }) pledgeVersion!: number;
  @ApiProperty({ type: [String], description: 'Ids of the optional commitments chosen' }) optionalCommitments!: string[];
  @ApiProperty({ description: 'The representative who signed' }) signedBy!: string;
  @ApiProperty({ format: 'date-time' }) signedAt!: string;
}

export class AttestationDueView {
  @ApiProperty({ format: 'date-time' }) nextDueAt!: string;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the overdue attestation becomes a breach' }) breachAt!: string | null;
}

export class EvidenceView {
  @ApiProperty() summary!: string;
  @ApiProperty({ type: [String] }) links!: string[];
}

export class SubmittedEvidenceView extends EvidenceView {
  @ApiProperty() submittedBy!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

export class AttestationView {
  @ApiProperty({ format: 'uuid' }) attestationId!: string;
  @ApiProperty({ format: 'date-time', description: 'The due date of the period attested' }) periodDueAt!: string;
  @ApiProperty({ type: () => EvidenceView }) evidence!: EvidenceView;
  @ApiProperty() declaredTrainingFlop!: number;
  @ApiProperty() declaredEnergyKwh!: number;
  @ApiProperty() accountingTrainingFlop!: number;
  @ApiProperty() accountingEnergyKwh!: number;
  @ApiProperty() tolerancePercent!: number;
  @ApiProperty({ enum: ['training-compute-mismatch', 'energy-mismatch'], isArray: true }) flags!: string[];
  @ApiProperty() submittedBy!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

export class ObligationView {
  @ApiProperty() obligationId!: string;
  @ApiProperty() applicationId!: string;
  @ApiProperty({ description: 'The ethics condition' }) text!: string;
  @ApiProperty({ description: 'The due date as the chair set it' }) dueDate!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ enum: ['open', 'evidence-submitted', 'fulfilled'] }) status!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) overdueSince!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) breachAt!: string | null;
  @ApiProperty({ type: () => SubmittedEvidenceView, nullable: true }) evidence!: SubmittedEvidenceView | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) fulfilledAt!: string | null;
  @ApiProperty({ description: 'Overdue and not fulfilled' }) overdue!: boolean;
}

export class BreachView {
  @ApiProperty() breachId!: string;
  @ApiProperty({ enum: ['attestation-overdue', 'obligation-overdue', 'report'] }) cause!: string;
  @ApiProperty({ description: 'What it is about: the attestation due date, the obligation id or the report id' }) ref!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) breachedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) remediedAt!: string | null;
}

export class SuspensionView {
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The breach it answers, if one was named' }) breachId!: string | null;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
}

/** An organisation's standing under the pledge. */
export class OrganisationPledgeView {
  @ApiProperty() organisationId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null until intake\'s registration reached governance' }) legalName!: string | null;
  @ApiProperty({ type: String, nullable: true }) country!: string | null;
  @ApiProperty({ enum: PLEDGE_STATUSES }) status!: string;
  @ApiProperty() lapsed!: boolean;
  @ApiProperty({ type: () => SignatureView, nullable: true }) signature!: SignatureView | null;
  @ApiProperty({ type: () => AttestationDueView, nullable: true, description: 'The next attestation, while the pledge is signed' }) attestation!: AttestationDueView | null;
  @ApiProperty({ type: () => [AttestationView] }) attestations!: AttestationView[];
  @ApiProperty({ type: () => [ObligationView] }) obligations!: ObligationView[];
  @ApiProperty({ type: () => [BreachView] }) breaches!: BreachView[];
  @ApiProperty({ type: 'integer' }) openBreaches!: number;
  @ApiProperty() suspended!: boolean;
  @ApiProperty({ type: () => SuspensionView, nullable: true }) suspension!: SuspensionView | null;
  @ApiProperty({ type: 'integer', description: 'Stream revision; also the ETag' }) revision!: number;
}

/** An organisation's standing under the pledge, as staff and the organisation itself see it. */
export function organisationView(state: OrganisationPledgeState, revision: number): OrganisationView {
  return {
    // Set by the stream's first event: the routes answer 404 for an organisation with none.
    organisationId: state.organisationId ?? '',
    legalName: state.registration?.legalName ?? null,
    country: state.registration?.country ?? null,
    status: state.status,
    lapsed: state.status === 'lapsed',
    signature: state.signature,
    attestation: state.attestation
      ? { nextDueAt: state.attestation.nextDueAt, overdue: state.attestation.overdueSince !== null, breachAt: state.attestation.breachAt }
      : null,
    attestations: state.attestations,
    obligations: state.obligations.map((o) => ({ ...o, overdue: o.overdueSince !== null && o.status !== 'fulfilled' })),
    breaches: state.breaches,
    openBreaches: openBreaches(state).length,
    suspended: state.suspension !== null,
    suspension: state.suspension,
    revision,
  };
}

export type OrganisationView = OrganisationPledgeView;
