import { ApiProperty } from '@nestjs/swagger';
import { HistoryEntryView } from '@hpc-access/http';

export class OrganisationPledgeHistoryView {
  @ApiProperty() organisationId!: string;
  @ApiProperty({ type: () => [HistoryEntryView], description: 'Oldest first' }) events!: HistoryEntryView[];
}
