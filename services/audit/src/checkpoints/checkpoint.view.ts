import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { StoredCheckpoint } from './checkpoint-store';

@ApiSchema({ name: 'LedgerCheckpoint' })
export class CheckpointView {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'How many leaves (events) the tree holds' }) treeSize!: number;
  @ApiProperty({ description: 'The RFC 9162 tree head, base64 of 32 bytes', example: 'rEvJ0gt4Y8C8A6y3F7tU2bqz8kT1x0pL4Jc8bYc1Zq0=' }) rootHash!: string;
  @ApiProperty({ format: 'date-time', description: 'When it was signed (the note\'s timestamp line)' }) signedAt!: string;
  @ApiProperty({ example: 'hpc-access.local/audit-ledger' }) keyName!: string;
  @ApiProperty({ description: 'The signing key\'s 4-byte id, hex', example: 'c74f20a3' }) keyId!: string;
  @ApiProperty({ description: 'The checkpoint as signed: a C2SP tlog-checkpoint in a signed note (origin, size, root, timestamp, blank line, signature line); verify it against the public key' }) note!: string;
}

export function checkpointView(checkpoint: StoredCheckpoint): CheckpointView {
  return {
    treeSize: checkpoint.treeSize,
    rootHash: checkpoint.rootHash.toString('base64'),
    signedAt: checkpoint.signedAt.toISOString(),
    keyName: checkpoint.keyName,
    keyId: checkpoint.keyId,
    note: checkpoint.note,
  };
}
