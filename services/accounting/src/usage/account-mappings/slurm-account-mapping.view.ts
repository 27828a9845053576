import { ApiProperty } from '@nestjs/swagger';

/** A Slurm account charged to an allocation by an accounting officer's say-so. */
export class SlurmAccountMappingView {
  @ApiProperty({ example: 'lumi' }) system!: string;
  @ApiProperty({ example: 'proj-legacy', description: 'The Slurm account in lower case, as Slurm keeps it' }) account!: string;
  @ApiProperty({ example: 'alloc-1' }) allocationId!: string;
  @ApiProperty({ example: 'officer-1' }) mappedBy!: string;
  @ApiProperty({ format: 'date-time' }) mappedAt!: string;
  @ApiProperty({ type: 'integer', description: "Revision of the mapping's stream (ETag)" }) revision!: number;
}
