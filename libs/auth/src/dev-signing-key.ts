import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

export const DEV_SIGNING_ALGORITHM = 'ES256';

/** The private signing key of the development provider, as stored: a JWK with `kid` and `alg`. */
export type SigningJwk = JWK & Required<Pick<JWK, 'kid' | 'alg' | 'kty' | 'crv' | 'x' | 'y' | 'd'>>;

/**
 * Reads the key at `file`, or creates it. Kept on disk so that tokens issued before a restart
 * still verify after it. Two processes starting on the same data directory agree on one key:
 * the file is published with link(), which never replaces an existing file, and the loser reads
 * the winner's.
 */
export async function loadOrCreateSigningKey(file: string): Promise<SigningJwk> {
  const existing = await readKey(file);
  if (existing) return existing;
  const created = await generateSigningKey();
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${randomUUID()}.tmp`;
  await writeFile(temporary, JSON.stringify(created, null, 2), { mode: 0o600 });
  try {
    await link(temporary, file);
    return created;
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    const winner = await readKey(file);
    if (!winner) throw new Error(`signing key ${file} vanished while it was being created`);
    return winner;
  } finally {
    await unlink(temporary);
  }
}

/** The half of the key that verifiers may see. */
export function publicJwkOf(key: SigningJwk): JWK {
  const { kty, crv, x, y, kid, alg } = key;
  return { kty, crv, x, y, kid, alg, use: 'sig' };
}

async function generateSigningKey(): Promise<SigningJwk> {
  const { privateKey } = await generateKeyPair(DEV_SIGNING_ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  const key = { ...jwk, kid, alg: DEV_SIGNING_ALGORITHM };
  if (!isSigningJwk(key)) throw new Error('generated key is not a P-256 private JWK');
  return key;
}

async function readKey(file: string): Promise<SigningJwk | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  const key: unknown = JSON.parse(text);
  // Never overwrite a damaged key silently: someone may be relying on the tokens it signed.
  if (!isSigningJwk(key)) throw new Error(`${file} is not an ${DEV_SIGNING_ALGORITHM} private JWK; delete it to create a new key`);
  return key;
}

function isSigningJwk(value: unknown): value is SigningJwk {
  if (typeof value !== 'object' || value === null) return false;
  const key = value as Record<string, unknown>;
  return (
    key['kty'] === 'EC' &&
    key['crv'] === 'P-256' &&
    key['alg'] === DEV_SIGNING_ALGORITHM &&
    ['x', 'y', 'd', 'kid'].every((member) => typeof key[member] === 'string')
  );
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}
