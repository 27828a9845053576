import { ApiProperty } from '@nestjs/swagger';
import { HistoryPageView } from '@hpc-access/http';

/** One page of a breach report's history (`page`, `pageSize`, as the lists). */
export class BreachReportHistoryView extends HistoryPageView {
  @ApiProperty() reportId!: string;
}
