import { signCheckpoint, type Checkpoint } from './checkpoint-note';
import { leafHash } from './hashing';
import { describeKeyRing, openCheckpointWithRing, parseVerifierKeyRing } from './key-ring';
import { generateNoteKey, parseSignerKey } from './note-keys';

const ORIGIN = 'hpc-access.example/audit';
const retired = generateNoteKey(ORIGIN);
const current = generateNoteKey(ORIGIN);
const stranger = generateNoteKey(ORIGIN);
const at = (size: number): Checkpoint => ({ origin: ORIGIN, size, rootHash: leafHash(`root ${size}`), extensions: ['timestamp 2026-12-07T20:00:00.000Z'] });
const signed = (size: number, key: { signerKey: string }) => signCheckpoint(at(size), parseSignerKey(key.signerKey));

// The signing key was rotated after the checkpoint of size 120: the auditor keeps the old
// verifier key, bounded by that size, beside the current one.
describe('a ring of verifier keys across a rotation of the signing key', () => {
  const ring = parseVerifierKeyRing(`${retired.verifierKey}@120, ${current.verifierKey}`);

  it('opens the old checkpoints with the retired key and the new ones with the current key, naming which', () => {
    const old = openCheckpointWithRing(signed(120, retired), ring);
    expect(old).toMatchObject({ ok: true, checkpoint: { size: 120 }, key: { verifierKey: retired.verifierKey, upToSize: 120 } });
    const fresh = openCheckpointWithRing(signed(121, current), ring);
    expect(fresh).toMatchObject({ ok: true, checkpoint: { size: 121 }, key: { verifierKey: current.verifierKey, upToSize: null } });
    // The current key may sign any size, older ones too (a checkpoint re-signed after the rotation).
    expect(openCheckpointWithRing(signed(7, current), ring).ok).toBe(true);
  });

  it('refuses a checkpoint beyond the retired key\'s last size, as a leaked old key would sign it', () => {
    expect(openCheckpointWithRing(signed(121, retired), ring)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^signed by the retired key hpc-access\.example\/audit \(key id [0-9a-f]{8}\), valid up to size 120, but the checkpoint's size is 121$/),
    });
  });

  it('refuses a checkpoint signed by a key outside the ring, naming the signer and every key of the ring', () => {
    const opened = openCheckpointWithRing(signed(5, stranger), ring);
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.reason).toBe(
      `signed by another key: the note holds signatures of ${ORIGIN} (key id ${stranger.verifierKey.split('+')[1]}), none of ${describeKeyRing(ring)}`,
    );
    expect(describeKeyRing(ring)).toBe(`${ORIGIN} (key id ${retired.verifierKey.split('+')[1]}, retired after size 120), ${ORIGIN} (key id ${current.verifierKey.split('+')[1]})`);
  });

  it('refuses a checkpoint whose signature by a ring key does not verify (altered text)', () => {
    const forged = signed(100, retired).replace(`\n100\n`, '\n101\n');
    const opened = openCheckpointWithRing(forged, ring);
    expect(opened).toEqual({ ok: false, reason: `the signature of ${ORIGIN} does not verify: the checkpoint was altered or forged` });
  });

  it('reads keys separated by commas, spaces or new lines, and refuses malformed entries', () => {
    expect(parseVerifierKeyRing(`${retired.verifierKey}@0\n${current.verifierKey}`).keys.map((k) => k.upToSize)).toEqual([0, null]);
    expect(() => parseVerifierKeyRing(' , ')).toThrow('no verifier key given');
    expect(() => parseVerifierKeyRing(`${retired.verifierKey}@soon`)).toThrow('a retired key reads <verifier key>@<the last tree size it signed>');
    expect(() => parseVerifierKeyRing(`${current.verifierKey} ${current.verifierKey}@3`)).toThrow('is given twice');
    expect(() => parseVerifierKeyRing('not-a-key')).toThrow('a verifier key reads <name>+<key id>+<base64 key>');
  });
});
