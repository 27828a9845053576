import { checkpointBody, openCheckpoint, parseCheckpointBody, signCheckpoint, type Checkpoint } from './checkpoint-note';
import { eventLeafData, eventLeafHash } from './event-leaf';
import { leafHash } from './hashing';
import { generateNoteKey, parseSignerKey, parseVerifierKey } from './note-keys';

const ours = generateNoteKey('hpc-access.example/audit');
const theirs = generateNoteKey('hpc-access.example/audit');
const checkpoint: Checkpoint = { origin: 'hpc-access.example/audit', size: 42, rootHash: leafHash('root'), extensions: ['timestamp 2026-12-07T20:00:00.000Z'] };

describe('signed checkpoints (C2SP tlog-checkpoint in a signed note)', () => {
  it('are the origin, size, base64 root and extension lines, a blank line, and one signature line', () => {
    const note = signCheckpoint(checkpoint, parseSignerKey(ours.signerKey));
    const lines = note.split('\n');
    expect(lines.slice(0, 5)).toEqual(['hpc-access.example/audit', '42', checkpoint.rootHash.toString('base64'), 'timestamp 2026-12-07T20:00:00.000Z', '']);
    expect(lines[5]).toMatch(/^\u2014 hpc-access\.example\/audit [A-Za-z0-9+/]+=*$/u);
    // 4 bytes of key id and 64 of Ed25519 signature.
    expect(Buffer.from(lines[5].split(' ')[2], 'base64')).toHaveLength(68);
    expect(note.endsWith('\n')).toBe(true);
  });

  it('open with the signer\'s public key and give back what was signed', () => {
    const note = signCheckpoint(checkpoint, parseSignerKey(ours.signerKey));
    const opened = openCheckpoint(note, parseVerifierKey(ours.verifierKey));
    expect(opened).toEqual({ ok: true, checkpoint, body: checkpointBody(checkpoint) });
  });

  it('refuse a note signed by another key, saying whose signature it holds', () => {
    const note = signCheckpoint(checkpoint, parseSignerKey(theirs.signerKey));
    const opened = openCheckpoint(note, parseVerifierKey(ours.verifierKey));
    expect(opened).toEqual({ ok: false, reason: expect.stringMatching(/^signed by another key: the note holds signatures of hpc-access\.example\/audit \(key id [0-9a-f]{8}\), none of/) });
  });

  it('refuse an altered checkpoint and a malformed note', () => {
    const note = signCheckpoint(checkpoint, parseSignerKey(ours.signerKey));
    const verifier = parseVerifierKey(ours.verifierKey);
    expect(openCheckpoint(note.replace('\n42\n', '\n41\n'), verifier)).toEqual({ ok: false, reason: expect.stringMatching(/does not verify/) });
    expect(openCheckpoint(note.replace('\n\n', '\n'), verifier).ok).toBe(false);
    expect(openCheckpoint(note.slice(0, -1), verifier).ok).toBe(false);
  });

  it('parse a body strictly: decimal size, a base64 root of 32 bytes', () => {
    expect(parseCheckpointBody(checkpointBody(checkpoint))).toEqual(checkpoint);
    expect(() => parseCheckpointBody('o\n042\nAAAA\n')).toThrow(/decimal/);
    expect(() => parseCheckpointBody('o\n1\nAAAA\n')).toThrow(/32 bytes/);
    expect(() => parseCheckpointBody('o\n1\n')).toThrow(/origin, a tree size and a root/);
  });
});

describe('the leaf data of an event', () => {
  it('is its canonical JSON with five sorted keys, and its leaf hash is SHA-256(0x00 || that)', () => {
    const leaf = { service: 'intake', streamId: 'application-a1', streamPosition: 3, eventId: '0190F0E1-2B3C-7D4E-8F90-A1B2C3D4E5F6', hash: 'ab'.repeat(32) };
    const data = eventLeafData(leaf).toString('utf8');
    expect(data).toBe(`{"eventId":"0190f0e1-2b3c-7d4e-8f90-a1b2c3d4e5f6","hash":"${'ab'.repeat(32)}","service":"intake","streamId":"application-a1","streamPosition":3}`);
    expect(JSON.stringify(JSON.parse(data))).toBe(data);
    expect(eventLeafHash(leaf).equals(leafHash(Buffer.from(data)))).toBe(true);
    expect(eventLeafHash({ ...leaf, streamPosition: 4 }).equals(eventLeafHash(leaf))).toBe(false);
  });
});
