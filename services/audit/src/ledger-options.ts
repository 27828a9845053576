import type { LedgerOptions } from './audit.tokens';

/**
 * The ledger's configuration from the environment: `AUDIT_SIGNER_KEY` (the Ed25519 key,
 * `PRIVATE+KEY+<name>+<id>+<base64>`), `AUDIT_LOG_ORIGIN`, `AUDIT_CHECKPOINT_EVERY` (events),
 * `AUDIT_CHECKPOINT_SECONDS`, `AUDIT_PREVIOUS_VERIFIER_KEYS` (after a rotation: the old keys'
 * verifier keys, each `@<the last size it signed>`). Without a key, a development key is generated and kept, except
 * under NODE_ENV=production, where the service refuses to start without one.
 */
export function ledgerOptionsFromEnv(env: NodeJS.ProcessEnv): LedgerOptions {
  const every = positive(env.AUDIT_CHECKPOINT_EVERY, 'AUDIT_CHECKPOINT_EVERY');
  const seconds = positive(env.AUDIT_CHECKPOINT_SECONDS, 'AUDIT_CHECKPOINT_SECONDS');
  return {
    ...(env.AUDIT_LOG_ORIGIN ? { origin: env.AUDIT_LOG_ORIGIN } : {}),
    ...(env.AUDIT_SIGNER_KEY ? { signerKey: env.AUDIT_SIGNER_KEY } : {}),
    ...(env.AUDIT_PREVIOUS_VERIFIER_KEYS?.trim() ? { previousVerifierKeys: env.AUDIT_PREVIOUS_VERIFIER_KEYS } : {}),
    developmentKey: !env.AUDIT_SIGNER_KEY && env.NODE_ENV !== 'production',
    ...(every !== undefined ? { checkpointEvery: every } : {}),
    ...(seconds !== undefined ? { checkpointIntervalMs: seconds * 1000 } : {}),
  };
}

function positive(text: string | undefined, name: string): number | undefined {
  if (text === undefined || text === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number above 0, not "${text}"`);
  return n;
}
