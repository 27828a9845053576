import { ApiProperty } from '@nestjs/swagger';
import { APPLICATION_STATUSES, type ExistingApplication } from './domain/application';

export class ApplicationView {
  @ApiProperty() applicationId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: string;
  @ApiProperty({ description: 'Stream revision; also the ETag' }) revision!: number;
  @ApiProperty({ description: 'What the application asks for' }) proposal!: object;
  @ApiProperty({ nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ description: 'Latest automatic eligibility checks' }) checks!: object[];
  @ApiProperty({ type: [String] }) openQuestions!: string[];
  @ApiProperty({ type: [String] }) reasons!: string[];
  @ApiProperty({ nullable: true, description: 'The allocation awarded, once allocation awarded it' }) award!: { allocationId: string; projectId: string; awardedAt: string } | null;
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
