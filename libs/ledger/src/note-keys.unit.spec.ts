import { generateNoteKey, parseSignerKey, parseVerifierKey } from './note-keys';

// The example key of Go's golang.org/x/mod/sumdb/note documentation (note.go, note_test.go):
// the same id, verifier key and (Ed25519 being deterministic) signature prove the encodings match.
const GO_SIGNER = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const GO_VERIFIER = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const GO_SIGNATURE = 'x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=';

describe('signed-note keys', () => {
  it('read Go note keys: the same key id, verifier key and signature as Go computes', () => {
    const signer = parseSignerKey(GO_SIGNER);
    expect(signer.keyId.toString('hex')).toBe('c74f20a3');
    expect(signer.verifierKey).toBe(GO_VERIFIER);
    expect(Buffer.concat([signer.keyId, signer.sign(Buffer.from(GO_TEXT))]).toString('base64')).toBe(GO_SIGNATURE);
    const verifier = parseVerifierKey(GO_VERIFIER);
    expect(verifier.verify(Buffer.from(GO_TEXT), Buffer.from(GO_SIGNATURE, 'base64').subarray(4))).toBe(true);
  });

  it('generate a key pair whose verifier checks what the signer signs, and nothing else', () => {
    const { signerKey, verifierKey } = generateNoteKey('audit.example');
    const signer = parseSignerKey(signerKey);
    const verifier = parseVerifierKey(verifierKey);
    const signature = signer.sign(Buffer.from('text\n'));
    expect(verifier.verify(Buffer.from('text\n'), signature)).toBe(true);
    expect(verifier.verify(Buffer.from('texT\n'), signature)).toBe(false);
  });

  it('refuse a key whose id does not match it, a malformed key and a bad name', () => {
    expect(() => parseVerifierKey(GO_VERIFIER.replace('c74f20a3', 'c74f20a4'))).toThrow(/does not match/);
    expect(() => parseSignerKey('PRIVATE+KEY+x+00+AAAA')).toThrow(/not an Ed25519 key/);
    expect(() => parseVerifierKey('just-a-name')).toThrow(/<name>\+<key id>/);
    expect(() => generateNoteKey('two words')).toThrow(/white space/);
  });
});
