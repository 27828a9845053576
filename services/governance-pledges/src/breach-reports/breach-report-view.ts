import { ApiProperty } from '@nestjs/swagger';
import { etagFor } from '@hpc-access/http';
import type { Response } from 'express';
import type { FiledBreachReport } from './domain/breach-report';

const REPORT_STATUSES = ['open', 'confirmed', 'dismissed'];

export class BreachReportDecisionView {
  @ApiProperty({ format: 'uuid' }) reportId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty() note!: string;
  @ApiProperty({ description: 'The governance officer who decided' }) decidedBy!: string;
  @ApiProperty({ format: 'date-time' }) decidedAt!: string;
}

/** A breach report with its decision; when confirmed, the organisation's breach has the report's id. */
export class BreachReportView {
  @ApiProperty({ format: 'uuid' }) reportId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [String] }) evidenceLinks!: string[];
  @ApiProperty({ description: 'Who filed it' }) filedBy!: string;
  @ApiProperty({ description: 'The role they filed it in' }) filedRole!: string;
  @ApiProperty({ format: 'date-time' }) filedAt!: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status!: string;
  @ApiProperty({ type: () => BreachReportDecisionView, nullable: true }) decision!: BreachReportDecisionView | null;
  @ApiProperty({ type: 'integer', description: 'Stream revision; also the ETag' }) revision!: number;
}

export function breachReportView(state: FiledBreachReport, revision: number): BreachReportView {
  return { ...state.report, status: state.status, decision: state.decision, revision };
}

export function respondWithBreachReport(res: Response, result: { state: FiledBreachReport; revision: number }): BreachReportView {
  res.setHeader('ETag', etagFor(result.revision));
  return breachReportView(result.state, result.revision);
}
