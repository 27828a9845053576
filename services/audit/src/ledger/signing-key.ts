import { generateNoteKey, parseSignerKey, parseVerifierKey, parseVerifierKeyRing, type NoteSigner, type NoteVerifier, type VerifierKeyRing } from '@hpc-access/ledger';
import type { Database } from '@hpc-access/sql';

export interface LedgerKeys {
  signer: NoteSigner;
  verifier: NoteVerifier & { publicKey: Buffer };
  /** Every key checkpoints of this ledger may carry: the current one, and the retired ones up to their last size. */
  ring: VerifierKeyRing;
  /** Where the key came from, for the log: configuration, or generated for development. */
  source: 'configured' | 'development';
}

/**
 * The key checkpoints are signed with: the configured one, or (embedded and development mode) the
 * one generated at first start and kept in the audit schema, so a restart signs with the same key.
 * A production deployment configures it: a key in the database is within its administrator's reach.
 */
export async function ledgerKeys(db: Database, schema: string, options: { origin: string; signerKey: string | undefined; previousVerifierKeys?: string; developmentKey: boolean }): Promise<LedgerKeys> {
  const keys = await currentKeys(db, schema, options);
  if (!options.previousVerifierKeys) return keys;
  // The rotation's old keys, bounded: a retired key opens checkpoints up to its last size only.
  const previous = parseVerifierKeyRing(options.previousVerifierKeys).keys;
  if (previous.some((key) => key.verifier.keyId.equals(keys.verifier.keyId) && key.verifier.name === keys.verifier.name)) {
    throw new Error('AUDIT_PREVIOUS_VERIFIER_KEYS holds the current signing key\'s own verifier key: list only the keys rotated out');
  }
  if (previous.some((key) => key.upToSize === null)) throw new Error('AUDIT_PREVIOUS_VERIFIER_KEYS: give each retired key the last tree size it signed, <verifier key>@<size>');
  return { ...keys, ring: { keys: [...previous, ...keys.ring.keys] } };
}

async function currentKeys(db: Database, schema: string, options: { origin: string; signerKey: string | undefined; developmentKey: boolean }): Promise<LedgerKeys> {
  if (options.signerKey) return keysOf(options.signerKey, 'configured');
  if (!options.developmentKey) throw new Error('the audit ledger has no signing key: set AUDIT_SIGNER_KEY (PRIVATE+KEY+<name>+<id>+<base64>, see services/audit/README.md)');
  const generated = generateNoteKey(options.origin).signerKey;
  await db.query(`INSERT INTO ${schema}.development_signing_key (id, signer_key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`, [generated]);
  const { rows } = await db.query<{ signer_key: string }>(`SELECT signer_key FROM ${schema}.development_signing_key WHERE id = 1`);
  return keysOf(rows[0].signer_key, 'development');
}

function keysOf(signerKey: string, source: LedgerKeys['source']): LedgerKeys {
  const signer = parseSignerKey(signerKey);
  const verifier = parseVerifierKey(signer.verifierKey);
  return { signer, verifier, ring: { keys: [{ verifier, verifierKey: signer.verifierKey, upToSize: null }] }, source };
}
