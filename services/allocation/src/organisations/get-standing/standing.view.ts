import { ApiProperty } from '@nestjs/swagger';

/** An organisation as allocation sees it: its allocations, and whether an overdue final report bars it. */
export class StandingView {
  @ApiProperty() organisationId!: string;
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Its allocations (a site or its technical assessor: those on its systems)' }) allocations!: string[];
  @ApiProperty({ description: 'Barred from new awards while a final report is overdue' }) barred!: boolean;
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'The allocations whose final report is overdue' }) overdueFinalReports!: string[];
}
