import { ApiProperty } from '@nestjs/swagger';

/** Where a site's agent stood after the last batch it sent with a checkpoint. */
export class UsageCheckpointView {
  @ApiProperty({ example: 'csc' }) siteId!: string;
  @ApiProperty({ nullable: true, example: '2026-12-07T13:40:12|1042', description: 'The opaque checkpoint the agent sent; null before its first batch' }) checkpoint!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, description: 'The import that recorded it' }) importId!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true }) recordedAt!: string | null;
}
