import { openCheckpoint, type OpenedCheckpoint } from './checkpoint-note';
import { parseVerifierKey, type NoteVerifier } from './note-keys';

/**
 * One key of a ring: its verifier, as published, and the checkpoints it may sign. A retired key
 * (the signing key was rotated) is valid only up to the last tree size it signed: a copy of it
 * that leaked later cannot sign a newer checkpoint, and an older one it forges is not a prefix of
 * the newer ones the current key signed (consistency).
 */
export interface RingKey {
  readonly verifier: NoteVerifier;
  readonly verifierKey: string;
  /** Null: any size (the current key). */
  readonly upToSize: number | null;
}

/** The keys a log's checkpoints were signed with over its life: the current one and those retired. */
export interface VerifierKeyRing {
  readonly keys: readonly RingKey[];
}

/**
 * Reads a key list: verifier keys separated by commas or white space, each
 * `<name>+<key id>+<base64>` (any size) or `<name>+<key id>+<base64>@<tree size>` (a retired key,
 * valid up to that size). Throws on an empty list, a malformed key or size, or a key given twice.
 */
export function parseVerifierKeyRing(text: string): VerifierKeyRing {
  const entries = text.split(/[\s,]+/u).filter((entry) => entry !== '');
  if (entries.length === 0) throw new Error('no verifier key given');
  const keys = entries.map((entry): RingKey => {
    const at = entry.lastIndexOf('@');
    const verifierKey = at < 0 ? entry : entry.slice(0, at);
    const sizeText = at < 0 ? null : entry.slice(at + 1);
    if (sizeText !== null && (!/^(0|[1-9][0-9]*)$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText)))) {
      throw new Error(`"${entry}": a retired key reads <verifier key>@<the last tree size it signed>`);
    }
    return { verifier: parseVerifierKey(verifierKey), verifierKey, upToSize: sizeText === null ? null : Number(sizeText) };
  });
  const ids = keys.map((key) => `${key.verifier.name}+${key.verifier.keyId.toString('hex')}`);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new Error(`the key ${twice} is given twice`);
  return { keys };
}

/** A ring of one key, valid for any size. */
export function keyRingOf(verifier: NoteVerifier, verifierKey: string): VerifierKeyRing {
  return { keys: [{ verifier, verifierKey, upToSize: null }] };
}

/** `name (key id 1a2b3c4d)`, `…, up to size 120` for a retired key, joined. */
export function describeKeyRing(ring: VerifierKeyRing): string {
  return ring.keys
    .map((key) => `${key.verifier.name} (key id ${key.verifier.keyId.toString('hex')}${key.upToSize === null ? '' : `, retired after size ${key.upToSize}`})`)
    .join(', ');
}

/** What the ring opened: the checkpoint and the key that signed it, or why not. */
export type OpenedWithRing = (Extract<OpenedCheckpoint, { ok: true }> & { key: RingKey }) | Extract<OpenedCheckpoint, { ok: false }>;

/**
 * `openCheckpoint` against every key of the ring: the note must carry a valid signature of one
 * of them whose validity covers the checkpoint's size. A note signed only by other keys says
 * whose signatures it holds; one signed by a retired key beyond its last size says so.
 */
export function openCheckpointWithRing(note: string, ring: VerifierKeyRing): OpenedWithRing {
  let first: Extract<OpenedCheckpoint, { ok: false }> | undefined;
  let foreign: string | undefined;
  for (const key of ring.keys) {
    const opened = openCheckpoint(note, key.verifier);
    if (opened.ok) {
      if (key.upToSize !== null && opened.checkpoint.size > key.upToSize) {
        first ??= { ok: false, reason: `signed by the retired key ${key.verifier.name} (key id ${key.verifier.keyId.toString('hex')}), valid up to size ${key.upToSize}, but the checkpoint's size is ${opened.checkpoint.size}` };
        continue;
      }
      return { ...opened, key };
    }
    if (opened.reason.startsWith('signed by another key: ')) foreign = opened.reason.slice(0, opened.reason.indexOf(', none of '));
    else first ??= opened;
  }
  if (first) return first;
  return { ok: false, reason: `${foreign ?? 'signed by another key'}, none of ${describeKeyRing(ring)}` };
}
