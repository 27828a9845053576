import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/** The signature algorithm byte of C2SP signed-note for Ed25519. */
const ED25519 = 0x01;
// DER prefixes of an Ed25519 private key (PKCS #8) and public key (SPKI) around the raw 32 bytes.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Signs notes under one key name (C2SP signed-note). */
export interface NoteSigner {
  readonly name: string;
  /** The 4-byte key id that prefixes each signature. */
  readonly keyId: Buffer;
  /** The verifier key, as published: `<name>+<key id hex>+<base64(0x01 || public key)>`. */
  readonly verifierKey: string;
  sign(message: Buffer): Buffer;
}

/** Checks signatures of one key name and id. */
export interface NoteVerifier {
  readonly name: string;
  readonly keyId: Buffer;
  verify(message: Buffer, signature: Buffer): boolean;
}

/** A key name of signed-note: non-empty, no white space, no '+'. */
export function checkKeyName(name: string): void {
  if (!name || /[\s+]/u.test(name)) throw new Error(`key name "${name}": non-empty, without white space or "+"`);
}

/** C2SP signed-note: key id = SHA-256(name || 0x0A || 0x01 || public key)[0:4]. */
export function noteKeyId(name: string, publicKey: Buffer): Buffer {
  return createHash('sha256').update(Buffer.from(`${name}\n`, 'utf8')).update(Buffer.from([ED25519])).update(publicKey).digest().subarray(0, 4);
}

/**
 * A new Ed25519 key for `name`, in the encodings of Go's golang.org/x/mod/sumdb/note (which
 * witnesses and the sumdb tools read): `PRIVATE+KEY+<name>+<id>+<base64(0x01 || seed)>` and the
 * verifier key `<name>+<id>+<base64(0x01 || public key)>`.
 */
export function generateNoteKey(name: string): { signerKey: string; verifierKey: string } {
  checkKeyName(name);
  const { privateKey } = generateKeyPairSync('ed25519');
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_PREFIX.length);
  const signer = signerFromSeed(name, seed);
  return { signerKey: `PRIVATE+KEY+${name}+${signer.keyId.toString('hex')}+${Buffer.concat([Buffer.from([ED25519]), seed]).toString('base64')}`, verifierKey: signer.verifierKey };
}

/** Reads a signer key written by generateNoteKey (or Go's note.GenerateKey); refuses one whose id does not match. */
export function parseSignerKey(text: string): NoteSigner {
  const parts = splitKey(text, 5);
  if (parts.length !== 5 || parts[0] !== 'PRIVATE' || parts[1] !== 'KEY') throw new Error('a signer key reads PRIVATE+KEY+<name>+<key id>+<base64 key>');
  const [, , name, id, encoded] = parts;
  checkKeyName(name);
  const raw = Buffer.from(encoded, 'base64');
  if (raw.length !== 33 || raw[0] !== ED25519) throw new Error('the signer key is not an Ed25519 key (0x01 and 32 bytes)');
  const signer = signerFromSeed(name, raw.subarray(1));
  if (signer.keyId.toString('hex') !== id.toLowerCase()) throw new Error(`the signer key's id ${id} does not match its key (${signer.keyId.toString('hex')})`);
  return signer;
}

/** Reads a verifier key `<name>+<key id>+<base64(0x01 || public key)>`; refuses one whose id does not match. */
export function parseVerifierKey(text: string): NoteVerifier & { publicKey: Buffer } {
  const parts = splitKey(text, 3);
  if (parts.length !== 3) throw new Error('a verifier key reads <name>+<key id>+<base64 key>');
  const [name, id, encoded] = parts;
  checkKeyName(name);
  const raw = Buffer.from(encoded, 'base64');
  if (raw.length !== 33 || raw[0] !== ED25519) throw new Error('the verifier key is not an Ed25519 key (0x01 and 32 bytes)');
  const publicKey = Buffer.from(raw.subarray(1));
  const keyId = noteKeyId(name, publicKey);
  if (keyId.toString('hex') !== id.toLowerCase()) throw new Error(`the verifier key's id ${id} does not match its key (${keyId.toString('hex')})`);
  const key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
  return { name, keyId, publicKey, verify: (message, signature) => signature.length === 64 && verify(null, message, key, signature) };
}

/** The first count-1 fields split at '+'; the last keeps its own '+' (base64 has them). */
function splitKey(text: string, count: number): string[] {
  const parts = text.trim().split('+');
  return parts.length <= count ? parts : [...parts.slice(0, count - 1), parts.slice(count - 1).join('+')];
}

function signerFromSeed(name: string, seed: Buffer): NoteSigner {
  checkKeyName(name);
  const privateKey: KeyObject = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);
  const keyId = noteKeyId(name, publicKey);
  return {
    name,
    keyId,
    verifierKey: `${name}+${keyId.toString('hex')}+${Buffer.concat([Buffer.from([ED25519]), publicKey]).toString('base64')}`,
    sign: (message) => sign(null, message, privateKey),
  };
}
