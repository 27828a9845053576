import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiSchema, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { AUDIT_READERS } from '../audit-roles';
import { AUDIT_KEYS, AUDIT_OPTIONS, type AuditOptionsShape } from '../audit.tokens';
import type { LedgerKeys } from '../ledger/signing-key';

@ApiSchema({ name: 'LedgerPublicKey' })
export class PublicKeyView {
  @ApiProperty({ description: 'The origin line of every checkpoint', example: 'hpc-access.local/audit-ledger' }) origin!: string;
  @ApiProperty({ example: 'hpc-access.local/audit-ledger' }) keyName!: string;
  @ApiProperty({ description: 'The key id prefixing each signature, hex', example: 'c74f20a3' }) keyId!: string;
  @ApiProperty({ enum: ['Ed25519'] }) algorithm!: 'Ed25519';
  @ApiProperty({ description: 'The raw 32-byte Ed25519 public key, base64' }) publicKey!: string;
  @ApiProperty({ description: 'The signed-note verifier key, <name>+<key id>+<base64(0x01 || public key)>, as witnesses and the auditor\'s tool read it' }) verifierKey!: string;
  @ApiProperty({
    type: [String],
    description: 'The keys rotated out, each <verifier key>@<the last tree size it signed>: older checkpoints carry their signatures',
    example: [],
  })
  previousVerifierKeys!: string[];
  @ApiProperty({ description: 'Every key of the ledger\'s life, the retired ones bounded, as hpc-audit --verifier-key takes them (comma-separated)' }) verifierKeys!: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit/ledger/public-key')
export class PublicKeyController {
  constructor(@Inject(AUDIT_KEYS) private readonly keys: LedgerKeys, @Inject(AUDIT_OPTIONS) private readonly options: AuditOptionsShape) {}

  @Get()
  @Roles(...AUDIT_READERS)
  @ApiOperation({ operationId: 'audit.getPublicKey', summary: 'The public key checkpoints are signed with, and the keys rotated out (auditors, administrators; it is also logged at start)' })
  @ApiOkResponse({ type: PublicKeyView })
  get(): PublicKeyView {
    const { signer, verifier, ring } = this.keys;
    const ringKeys = ring.keys.map((key) => (key.upToSize === null ? key.verifierKey : `${key.verifierKey}@${key.upToSize}`));
    return {
      origin: this.options.origin,
      keyName: signer.name,
      keyId: signer.keyId.toString('hex'),
      algorithm: 'Ed25519',
      publicKey: verifier.publicKey.toString('base64'),
      verifierKey: signer.verifierKey,
      previousVerifierKeys: ringKeys.filter((key) => key !== signer.verifierKey),
      verifierKeys: ringKeys.join(','),
    };
  }
}
