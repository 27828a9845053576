import { ApiProperty } from '@nestjs/swagger';
import { HistoryPageView } from '@hpc-access/http';

/** One page of the history (`page`, `pageSize`, as the lists). */
export class OrganisationPledgeHistoryView extends HistoryPageView {
  @ApiProperty() organisationId!: string;
}
