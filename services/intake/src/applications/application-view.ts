import { ApiProperty } from '@nestjs/swagger';
import { APPLICATION_STATUSES, type ExistingApplication } from './domain/application';
import type { CheckResult } from './domain/eligibility';
import type { DraftProposal } from './domain/proposal';
import { ProposalView } from './proposal-view';

const ELIGIBILITY_RULES = [
  'established-in-eligible-country', 'sme-status', 'within-mode-limits', 'duration-allowed-for-mode',
  'known-system-and-partition', 'pledge-signed', 'civilian-use', 'not-barred', 'in-good-standing-with-governance',
] as const satisfies readonly CheckResult['rule'][];

export class EligibilityCheckView {
  @ApiProperty({ enum: ELIGIBILITY_RULES }) rule!: string;
  @ApiProperty() passed!: boolean;
  @ApiProperty() reason!: string;
}

export class AwardView {
  @ApiProperty() allocationId!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty({ format: 'date-time' }) awardedAt!: string;
}

export class ApplicationView {
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: string;
  @ApiProperty({ type: 'integer', description: 'Stream revision; also the ETag' }) revision!: number;
  @ApiProperty({ type: () => ProposalView, description: 'What the application asks for' }) proposal!: DraftProposal;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt!: string | null;
  @ApiProperty({ type: () => [EligibilityCheckView], description: 'Latest automatic eligibility checks' }) checks!: CheckResult[];
  @ApiProperty({ type: [String] }) openQuestions!: string[];
  @ApiProperty({ type: [String] }) reasons!: string[];
  @ApiProperty({ nullable: true, type: () => AwardView, description: 'The allocation awarded, once allocation awarded it' }) award!: AwardView | null;
}

export function applicationView(state: ExistingApplication, revision: number): ApplicationView {
  return {
    applicationId: state.applicationId,
    organisationId: state.organisationId,
    status: state.status,
    revision,
    proposal: state.proposal,
    submittedAt: state.submittedAt,
    checks: state.lastChecks,
    openQuestions: state.openQuestions,
    reasons: state.reasons,
    award: state.award ?? null,
  };
}
