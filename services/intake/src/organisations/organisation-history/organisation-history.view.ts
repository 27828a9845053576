import { ApiProperty } from '@nestjs/swagger';
import { HistoryPageView } from '@hpc-access/http';

/** One page of an organisation's history in intake (`page`, `pageSize`, as the lists). */
export class IntakeOrganisationHistoryView extends HistoryPageView {
  @ApiProperty({ example: 'org-aurora-models' }) organisationId!: string;
}
