import type { NoteSigner, NoteVerifier } from '@hpc-access/ledger';

/** The first line of a manifest's note: what it is, so that it is never read as a checkpoint. */
export const MANIFEST_FORMAT = 'hpc-access-audit-bundle-manifest/v1';

/**
 * The bundle's own signed statement (ADR 30, "bundle manifest"): what was exported, when, for
 * which time range, how much, the SHA-256 of every byte before the manifest's line, the key that
 * signed the ledger, and the newest checkpoint in the bundle. Signed by the audit service's
 * ledger key as a C2SP signed note, the same framing and key as the checkpoints, so one
 * published verifier key checks both.
 */
export interface BundleManifest {
  exportedAt: string;
  /** The range's ends (ISO 8601); null: open (every event from the first, or up to the export). */
  from: string | null;
  to: string | null;
  events: number;
  checkpoints: number;
  /** Hex SHA-256 of the bundle's bytes before the manifest's line. */
  sha256: string;
  verifierKey: string;
  /** The newest checkpoint in the bundle: its size and root (base64, as in its note); null: none. */
  checkpoint: { size: number; root: string } | null;
}

const SIGNATURE_PREFIX = '\u2014 ';

export function manifestBody(manifest: BundleManifest): string {
  const lines = [
    MANIFEST_FORMAT,
    `exported-at ${manifest.exportedAt}`,
    `from ${manifest.from ?? '-'}`,
    `to ${manifest.to ?? '-'}`,
    `events ${manifest.events}`,
    `checkpoints ${manifest.checkpoints}`,
    `sha256 ${manifest.sha256}`,
    `verifier-key ${manifest.verifierKey}`,
    `checkpoint ${manifest.checkpoint ? `${manifest.checkpoint.size} ${manifest.checkpoint.root}` : '-'}`,
  ];
  if (lines.some((line) => line.includes('\n'))) throw new Error('a manifest line holds no newline');
  return lines.map((line) => `${line}\n`).join('');
}

/** The manifest as a signed note: its text, a blank line, `— <key name> <base64(key id || signature)>`. */
export function signManifest(manifest: BundleManifest, signer: NoteSigner): string {
  const body = manifestBody(manifest);
  const signature = signer.sign(Buffer.from(body, 'utf8'));
  return `${body}\n${SIGNATURE_PREFIX}${signer.name} ${Buffer.concat([signer.keyId, signature]).toString('base64')}\n`;
}

export type OpenedManifest = { ok: true; manifest: BundleManifest } | { ok: false; reason: string };

/** Checks the note carries a valid signature of `verifier`'s key, then reads it. */
export function openManifest(note: string, verifier: NoteVerifier): OpenedManifest {
  const split = note.lastIndexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) return { ok: false, reason: 'not a signed note' };
  const body = note.slice(0, split + 1);
  const ours = note
    .slice(split + 2, -1)
    .split('\n')
    .map((line) => /^\u2014 (\S+) ([A-Za-z0-9+/]+={0,2})$/u.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && m[1] === verifier.name)
    .map((m) => Buffer.from(m[2], 'base64'))
    .filter((raw) => raw.length > 4 && raw.subarray(0, 4).equals(verifier.keyId));
  if (ours.length === 0) return { ok: false, reason: `not signed by ${verifier.name} (key id ${verifier.keyId.toString('hex')})` };
  if (!ours.some((raw) => verifier.verify(Buffer.from(body, 'utf8'), raw.subarray(4)))) return { ok: false, reason: `the signature of ${verifier.name} does not verify: the manifest was altered` };
  const fields = new Map<string, string>();
  const [format, ...rest] = body.slice(0, -1).split('\n');
  if (format !== MANIFEST_FORMAT) return { ok: false, reason: `not a ${MANIFEST_FORMAT}` };
  for (const line of rest) {
    const space = line.indexOf(' ');
    fields.set(line.slice(0, space), line.slice(space + 1));
  }
  const text = (name: string) => fields.get(name) ?? '';
  const orNull = (value: string) => (value === '-' ? null : value);
  const [size, root] = text('checkpoint').split(' ');
  return {
    ok: true,
    manifest: {
      exportedAt: text('exported-at'),
      from: orNull(text('from')),
      to: orNull(text('to')),
      events: Number(text('events')),
      checkpoints: Number(text('checkpoints')),
      sha256: text('sha256'),
      verifierKey: text('verifier-key'),
      checkpoint: size === '-' ? null : { size: Number(size), root },
    },
  };
}
