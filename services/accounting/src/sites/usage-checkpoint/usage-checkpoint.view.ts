import { ApiProperty } from '@nestjs/swagger';

/** One system's last checkpoint. */
export class SystemCheckpointView {
  @ApiProperty({ nullable: true, type: String, example: 'leonardo', description: 'null for a JSON batch of several systems' }) system!: string | null;
  @ApiProperty({ example: '2026-12-07T13:51:35Z' }) checkpoint!: string;
  @ApiProperty({ format: 'uuid' }) importId!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

/** Where a site's agent stood after the last batch it sent with a checkpoint. */
export class UsageCheckpointView {
  @ApiProperty({ example: 'csc' }) siteId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'lumi', description: 'The system asked for, or that of the latest checkpoint' }) system!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2026-12-07T13:40:12|1042', description: 'The opaque checkpoint the agent sent; null before its first batch' }) checkpoint!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, description: 'The import that recorded it' }) importId!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true }) recordedAt!: string | null;
  @ApiProperty({ type: () => [SystemCheckpointView], description: "Every system's last checkpoint, latest first" }) checkpoints!: SystemCheckpointView[];
}
