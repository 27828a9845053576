import { generateNoteKey, parseSignerKey, parseVerifierKey, type NoteSigner, type NoteVerifier } from '@hpc-access/ledger';
import type { Database } from '@hpc-access/sql';

export interface LedgerKeys {
  signer: NoteSigner;
  verifier: NoteVerifier & { publicKey: Buffer };
  /** Where the key came from, for the log: configuration, or generated for development. */
  source: 'configured' | 'development';
}

/**
 * The key checkpoints are signed with: the configured one, or (embedded and development mode) the
 * one generated at first start and kept in the audit schema, so a restart signs with the same key.
 * A production deployment configures it: a key in the database is within its administrator's reach.
 */
export async function ledgerKeys(db: Database, schema: string, options: { origin: string; signerKey: string | undefined; developmentKey: boolean }): Promise<LedgerKeys> {
  if (options.signerKey) return keysOf(options.signerKey, 'configured');
  if (!options.developmentKey) throw new Error('the audit ledger has no signing key: set AUDIT_SIGNER_KEY (PRIVATE+KEY+<name>+<id>+<base64>, see services/audit/README.md)');
  const generated = generateNoteKey(options.origin).signerKey;
  await db.query(`INSERT INTO ${schema}.development_signing_key (id, signer_key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`, [generated]);
  const { rows } = await db.query<{ signer_key: string }>(`SELECT signer_key FROM ${schema}.development_signing_key WHERE id = 1`);
  return keysOf(rows[0].signer_key, 'development');
}

function keysOf(signerKey: string, source: LedgerKeys['source']): LedgerKeys {
  const signer = parseSignerKey(signerKey);
  return { signer, verifier: parseVerifierKey(signer.verifierKey), source };
}
