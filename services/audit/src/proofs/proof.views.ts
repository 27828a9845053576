import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { CheckpointView } from '../checkpoints/checkpoint.view';

@ApiSchema({ name: 'LedgerInclusionProof' })
export class InclusionProofView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ description: 'The schema of the service whose event it is', example: 'intake' }) service!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The event\'s leaf index in the ledger' }) leafIndex!: number;
  @ApiProperty({ description: 'The leaf data: the canonical JSON the leaf hash is taken over (libs/ledger README, "Leaf data")' }) leafData!: string;
  @ApiProperty({ description: 'SHA-256(0x00 || leafData), base64' }) leafHash!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) treeSize!: number;
  @ApiProperty({ type: [String], description: 'RFC 9162 inclusion path, base64 hashes from the leaf\'s sibling upwards' }) proof!: string[];
  @ApiProperty({ type: CheckpointView, description: 'The signed checkpoint the proof leads to' }) checkpoint!: CheckpointView;
}

@ApiSchema({ name: 'LedgerConsistencyProof' })
export class ConsistencyProofView {
  @ApiProperty({ type: 'integer', minimum: 1 }) fromSize!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) toSize!: number;
  @ApiProperty({ type: [String], description: 'RFC 9162 consistency proof, base64 hashes (empty when the sizes are equal)' }) proof!: string[];
  @ApiProperty({ type: CheckpointView }) from!: CheckpointView;
  @ApiProperty({ type: CheckpointView }) to!: CheckpointView;
}
