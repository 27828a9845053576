import { HASH_SIZE, type Hash } from './hashing';
import type { NoteSigner, NoteVerifier } from './note-keys';

/** A C2SP tlog-checkpoint: the log's origin, the tree size, its root, and any extension lines. */
export interface Checkpoint {
  origin: string;
  size: number;
  rootHash: Hash;
  /** Lines after the root (this log writes one: `timestamp <ISO 8601 UTC>`). */
  extensions: string[];
}

const SIGNATURE_PREFIX = '\u2014 ';

/** The checkpoint's text: origin, size, base64 root, extension lines, each ending in a newline. */
export function checkpointBody(checkpoint: Checkpoint): string {
  if (!checkpoint.origin || /\n/.test(checkpoint.origin)) throw new Error('the origin is one non-empty line');
  if (checkpoint.rootHash.length !== HASH_SIZE) throw new Error('the root hash has 32 bytes');
  if (checkpoint.extensions.some((line) => !line || /\n/.test(line))) throw new Error('extension lines are non-empty single lines');
  return [checkpoint.origin, String(checkpoint.size), checkpoint.rootHash.toString('base64'), ...checkpoint.extensions].map((line) => `${line}\n`).join('');
}

/** Reads a checkpoint's text (the note without its signatures). */
export function parseCheckpointBody(body: string): Checkpoint {
  if (!body.endsWith('\n')) throw new Error('a checkpoint ends with a newline');
  const lines = body.slice(0, -1).split('\n');
  if (lines.length < 3) throw new Error('a checkpoint has an origin, a tree size and a root hash');
  const [origin, sizeText, rootText, ...extensions] = lines;
  if (!origin) throw new Error('the checkpoint has no origin');
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) throw new Error(`tree size "${sizeText}" is not a decimal number`);
  const rootHash = Buffer.from(rootText, 'base64');
  if (rootHash.length !== HASH_SIZE || rootHash.toString('base64') !== rootText) throw new Error('the root hash is not the base64 of 32 bytes');
  if (extensions.some((line) => line === '')) throw new Error('a checkpoint holds no blank line');
  return { origin, size: Number(sizeText), rootHash, extensions };
}

/** The signed note: the checkpoint's text, a blank line, and the signature line `— <name> <base64(key id || signature)>`. */
export function signCheckpoint(checkpoint: Checkpoint, signer: NoteSigner): string {
  const body = checkpointBody(checkpoint);
  const signature = signer.sign(Buffer.from(body, 'utf8'));
  return `${body}\n${SIGNATURE_PREFIX}${signer.name} ${Buffer.concat([signer.keyId, signature]).toString('base64')}\n`;
}

export type OpenedCheckpoint = { ok: true; checkpoint: Checkpoint; body: string } | { ok: false; reason: string };

/**
 * Parses a signed note and checks it carries a valid signature of `verifier`'s key (C2SP
 * signed-note: the signature covers the text up to its blank line). A note signed only by other
 * keys is refused and says whose signatures it holds.
 */
export function openCheckpoint(note: string, verifier: NoteVerifier): OpenedCheckpoint {
  const split = note.lastIndexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) return { ok: false, reason: 'not a signed note: no blank line before the signatures, or no final newline' };
  const body = note.slice(0, split + 1);
  const signatures: { name: string; keyId: Buffer; signature: Buffer }[] = [];
  for (const line of note.slice(split + 2, -1).split('\n')) {
    const match = /^\u2014 (\S+) ([A-Za-z0-9+/]+={0,2})$/u.exec(line);
    if (!match) return { ok: false, reason: `malformed signature line "${line}"` };
    const raw = Buffer.from(match[2], 'base64');
    if (raw.length < 5) return { ok: false, reason: `signature of ${match[1]} is too short` };
    signatures.push({ name: match[1], keyId: raw.subarray(0, 4), signature: raw.subarray(4) });
  }
  const ours = signatures.filter((s) => s.name === verifier.name && s.keyId.equals(verifier.keyId));
  if (ours.length === 0) {
    const found = signatures.map((s) => `${s.name} (key id ${s.keyId.toString('hex')})`).join(', ') || 'none';
    return { ok: false, reason: `signed by another key: the note holds signatures of ${found}, none of ${verifier.name} (key id ${verifier.keyId.toString('hex')})` };
  }
  if (!ours.some((s) => verifier.verify(Buffer.from(body, 'utf8'), s.signature))) return { ok: false, reason: `the signature of ${verifier.name} does not verify: the checkpoint was altered or forged` };
  try {
    return { ok: true, checkpoint: parseCheckpointBody(body), body };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
