import { ApiProperty } from '@nestjs/swagger';

/** A job record of the ledger, as every route that lists them shows it. */
export class JobRecordView {
  @ApiProperty({ example: 'lumi' }) system!: string;
  @ApiProperty({ example: '4711' }) jobId!: string;
  @ApiProperty({ description: 'The Slurm account it ran under', example: 'EHPC-AIF-2026PG01-0001' }) account!: string;
  @ApiProperty({ example: 'lumi-g' }) partition!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) start!: string | null;
  @ApiProperty({ format: 'date-time' }) end!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) elapsedSeconds!: number;
  @ApiProperty({ description: 'The Slurm job state, as sent', example: 'COMPLETED' }) state!: string;
  @ApiProperty({ example: 'billing=128,cpu=128,gres/gpu=8,node=1' }) allocTres!: string;
  @ApiProperty({ minimum: 0 }) consumedEnergyJoules!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'GPUs billed' }) gpus!: number;
  @ApiProperty({ minimum: 0 }) gpuHours!: number;
  @ApiProperty({ minimum: 0 }) energyKwh!: number;
  @ApiProperty({ minimum: 0 }) estimatedFlop!: number;
  @ApiProperty({ enum: ['charged', 'flagged'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Why a flagged record is not charged (unknown-allocation, allocation-suspended, allocation-closed, system-mismatch, no-billing-rule, end-before-start, more-nodes-than-partition, more-gpus-per-node-than-partition, before-start, after-end, in-future), or why a charged one counts 0 GPU-hours' }) reason!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The allocation charged, or null when none is known' }) allocationId!: string | null;
  @ApiProperty({ format: 'uuid', description: 'The import that brought it' }) importId!: string;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
}
