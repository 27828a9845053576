import { ApiProperty } from '@nestjs/swagger';
import { HistoryEntryView } from '@hpc-access/http';

export class CaseHistoryView {
  @ApiProperty() caseId!: string;
  @ApiProperty({ type: () => [HistoryEntryView], description: 'Oldest first' }) events!: HistoryEntryView[];
}
