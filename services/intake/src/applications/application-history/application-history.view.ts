import { ApiProperty } from '@nestjs/swagger';
import { HistoryEntryView } from '@hpc-access/http';

export class ApplicationHistoryView {
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty({ type: () => [HistoryEntryView], description: 'Oldest first' }) events!: HistoryEntryView[];
}
