import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import sodium from 'libsodium-wrappers';

/** What a field of an erased person reads as. */
export const ERASED = '[erased]';

/** Where one person's key lives. Erasing deletes the key: the ciphertext stays, unreadable forever. */
export interface PersonalDataKeys {
  /** The person's key, created on first use; null once the person was erased. */
  keyFor(subjectId: string): Promise<Buffer | null>;
  /** The key if one exists and was not erased; never creates one. */
  find(subjectId: string): Promise<Buffer | null>;
  /** Whether the person has a key, was erased, or was never keyed (never existed here). */
  status(subjectId: string): Promise<PersonKeyStatus>;
  erase(subjectId: string): Promise<void>;
}

export type PersonKeyStatus = 'active' | 'erased' | 'unknown';

/**
 * Which parts of an event are personal data: a path to a person object (or an array of them,
 * written `contacts[]`), the field holding the person's id, and the fields to encrypt.
 */
export interface PersonalDataRule {
  path: string;
  subjectField: string;
  fields: string[];
}
export type PersonalDataPolicy = Record<string, PersonalDataRule[]>;

/**
 * The stored form of one encrypted value (how events were written before EncryptedFields); the
 * subject id stays clear so erasure can find it. Still read.
 */
export interface EncryptedValue {
  $pii: { s: string; v: string };
}

export function isEncryptedValue(value: unknown): value is EncryptedValue {
  return typeof value === 'object' && value !== null && '$pii' in value;
}

/**
 * The stored form of one person's personal fields in an event: the fields leave the person
 * object and come back on reading from `$pii`, one ciphertext of them all (a JSON object) under
 * the person's key, with the subject id and the field names in clear: erasure finds the person by
 * the id, and an erased person's fields still read as erased by name.
 */
export interface EncryptedFields {
  s: string;
  f: string[];
  v: string;
  /** The cipher of `v` (ADR 10); absent on values sealed with AES-256-GCM before it. */
  a?: SealingCipher;
}

export type SealingCipher = 'xchacha20-poly1305' | 'aes-256-gcm';

/** What sealFields writes since ADR 10: XChaCha20-Poly1305, base64(nonce | ciphertext | tag). */
export const SEALED_WITH: SealingCipher = 'xchacha20-poly1305';

export function isEncryptedFields(value: unknown): value is EncryptedFields {
  return typeof value === 'object' && value !== null && Array.isArray((value as EncryptedFields).f) && typeof (value as EncryptedFields).v === 'string';
}

export function generateKey(): Buffer {
  return randomBytes(32);
}

/**
 * Resolves once libsodium (WebAssembly) is loaded. PersonalDataCipher waits for it by itself;
 * the functions below that seal or open a value one at a time need it first.
 */
export function personalDataCryptoReady(): Promise<void> {
  return sodium.ready.then(() => {
    sodiumLoaded = true;
  });
}
let sodiumLoaded = false;
const loading = personalDataCryptoReady();
// The promise is awaited where it matters; an unobserved rejection must not end the process.
loading.catch(() => undefined);

function assertSodiumLoaded(): void {
  if (!sodiumLoaded) throw new Error('personal data crypto is not loaded yet: await personalDataCryptoReady() first');
}

// Nonces (and the IVs of AES-256-GCM values) are drawn from a pool of random bytes filled 1,024
// at a time: one call into the random generator instead of one per value. Each is used once.
const NONCE_BYTES = 24; // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
const IV_BYTES = 12;
const TAG_BYTES = 16;
const POOL_SIZE = NONCE_BYTES * 1024;
let pool = Buffer.alloc(0);
let poolOffset = 0;

function randomFromPool(bytes: number): Buffer {
  if (poolOffset + bytes > pool.length) {
    pool = randomBytes(POOL_SIZE);
    poolOffset = 0;
  }
  const drawn = pool.subarray(poolOffset, poolOffset + bytes);
  poolOffset += bytes;
  return drawn;
}

/** The form values were stored in before EncryptedFields (AES-256-GCM); kept to test that they still read. */
export function encryptValue(subjectId: string, key: Buffer, value: unknown): EncryptedValue {
  return { $pii: { s: subjectId, v: sealAesGcm(Buffer.from(subjectId, 'utf8'), key, JSON.stringify(value)) } };
}

export function decryptValue(encrypted: EncryptedValue, key: Buffer): unknown {
  return JSON.parse(openAesGcm(encrypted.$pii.s, key, encrypted.$pii.v));
}

/** A person's fields (`names`, all present) sealed under their key; the rest of the person stays clear. */
export function encryptFields(subjectId: string, key: Buffer, person: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  return sealFields(subjectId, Buffer.from(subjectId, 'utf8'), key, person, names);
}

/** The person with their sealed fields back in clear, or read as erased when there is no key. */
export function decryptFields(person: Record<string, unknown>, key: Buffer | null): Record<string, unknown> {
  const sealed = person.$pii as EncryptedFields;
  const out: Record<string, unknown> = {};
  for (const name in person) if (name !== '$pii') out[name] = person[name];
  if (!key) {
    for (const name of sealed.f) out[name] = ERASED;
    return out;
  }
  return Object.assign(out, JSON.parse(openSealed(sealed, key)) as Record<string, unknown>);
}

function openSealed(sealed: EncryptedFields, key: Buffer): string {
  switch (sealed.a) {
    case 'xchacha20-poly1305':
      return openXChaCha(sealed.s, key, sealed.v);
    case undefined:
    case 'aes-256-gcm':
      return openAesGcm(sealed.s, key, sealed.v);
    default:
      throw new Error(`personal data of ${sealed.s} sealed with an unknown cipher: ${String(sealed.a)}`);
  }
}

function sealFields(subjectId: string, aad: Buffer, key: Buffer, person: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  for (const name in person) {
    if (names.includes(name)) fields[name] = person[name];
    else out[name] = person[name];
  }
  out.$pii = { s: subjectId, f: [...names], v: sealXChaCha(aad, key, JSON.stringify(fields)), a: SEALED_WITH } satisfies EncryptedFields;
  return out;
}

/**
 * base64(nonce | XChaCha20-Poly1305 ciphertext and tag); the subject id (`aad`) is authenticated
 * data: a value cannot be moved to another person unnoticed. The 192-bit nonce is random.
 */
function sealXChaCha(aad: Buffer, key: Buffer, plaintext: string): string {
  assertSodiumLoaded();
  const nonce = randomFromPool(NONCE_BYTES);
  const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(Buffer.from(plaintext, 'utf8'), aad, null, nonce, key);
  const out = Buffer.allocUnsafe(NONCE_BYTES + sealed.length);
  nonce.copy(out, 0);
  out.set(sealed, NONCE_BYTES);
  return out.toString('base64');
}

function openXChaCha(subjectId: string, key: Buffer, sealed: string): string {
  assertSodiumLoaded();
  const raw = Buffer.from(sealed, 'base64');
  let clear: Uint8Array;
  try {
    clear = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, raw.subarray(NONCE_BYTES), Buffer.from(subjectId, 'utf8'), raw.subarray(0, NONCE_BYTES), key);
  } catch {
    // The same words as Node's AES-GCM failure: wrong key, wrong subject or altered ciphertext.
    throw new Error('unable to authenticate personal data');
  }
  return Buffer.from(clear.buffer, clear.byteOffset, clear.byteLength).toString('utf8');
}

/** base64(iv | tag | AES-256-GCM ciphertext): the form written before ADR 10. */
function sealAesGcm(aad: Buffer, key: Buffer, plaintext: string): string {
  const iv = randomFromPool(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  // The subject id is authenticated data: a value cannot be moved to another person unnoticed.
  cipher.setAAD(aad);
  const head = cipher.update(plaintext, 'utf8');
  const tail = cipher.final();
  const out = Buffer.allocUnsafe(IV_BYTES + TAG_BYTES + head.length + tail.length);
  iv.copy(out, 0);
  cipher.getAuthTag().copy(out, IV_BYTES);
  head.copy(out, IV_BYTES + TAG_BYTES);
  tail.copy(out, IV_BYTES + TAG_BYTES + head.length);
  return out.toString('base64');
}

function openAesGcm(subjectId: string, key: Buffer, sealed: string): string {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(subjectId, 'utf8'));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}

type Json = Record<string, unknown>;

interface CompiledRule {
  declared: PersonalDataRule;
  path: string[];
  subjectField: string;
  fields: string[];
}

/** Calls `visit` on every person object the rule's path reaches in `data`. */
function forEachPerson(data: unknown, path: readonly string[], from: number, visit: (person: Json) => void): void {
  if (typeof data !== 'object' || data === null) return;
  if (from === path.length) {
    visit(data as Json);
    return;
  }
  const head = path[from];
  const isArray = head.endsWith('[]');
  const key = isArray ? head.slice(0, -2) : head;
  if (!(key in (data as Json))) return;
  const child = (data as Json)[key];
  if (isArray && Array.isArray(child)) for (const item of child) forEachPerson(item, path, from + 1, visit);
  else forEachPerson(child, path, from + 1, visit);
}

/** `data` with every person object the path reaches replaced by `map(person)`; the structure is copied, not mutated. */
function mapPersons(data: unknown, path: readonly string[], from: number, map: (person: Json) => Json): unknown {
  if (from === path.length) {
    return typeof data === 'object' && data !== null ? map(data as Json) : data;
  }
  const head = path[from];
  const isArray = head.endsWith('[]');
  const key = isArray ? head.slice(0, -2) : head;
  if (typeof data !== 'object' || data === null || !(key in (data as Json))) return data;
  const child = (data as Json)[key];
  const mapped = isArray && Array.isArray(child) ? child.map((item) => mapPersons(item, path, from + 1, map)) : mapPersons(child, path, from + 1, map);
  return { ...(data as Json), [key]: mapped };
}

/** An event's type and data, what the cipher reads and writes. */
export interface EventData {
  type: string;
  data: unknown;
}

interface SubjectKey {
  key: Buffer | null;
  aad: Buffer;
}

/**
 * Encrypts and decrypts the personal fields of events according to a policy. All the fields of
 * one person in one event go into one ciphertext (EncryptedFields): one AES-GCM operation per
 * person and event, not per field. Each person's key is looked up once per call, however many
 * events and places name them (encryptAll for an append, decryptAll for a page read), and the
 * events are then transformed without awaiting anything. Values stored one by one
 * (EncryptedValue, the earlier form) still decrypt.
 */
export class PersonalDataCipher {
  private readonly rules = new Map<string, CompiledRule[]>();

  constructor(
    private readonly keys: PersonalDataKeys,
    policy: PersonalDataPolicy,
  ) {
    for (const [type, rules] of Object.entries(policy)) {
      this.rules.set(type, rules.map((rule) => ({ declared: rule, path: splitPath(rule.path), subjectField: rule.subjectField, fields: rule.fields })));
    }
  }

  async encrypt(type: string, data: unknown): Promise<unknown> {
    return (await this.encryptAll([{ type, data }]))[0];
  }

  async decrypt(type: string, data: unknown): Promise<unknown> {
    return (await this.decryptAll([{ type, data }]))[0];
  }

  /** The data of each event with its personal fields encrypted (the events are not modified). */
  async encryptAll(events: readonly EventData[]): Promise<unknown[]> {
    if (!sodiumLoaded) await loading;
    const subjects = new Set<string>();
    for (const { type, data } of events) {
      for (const rule of this.rules.get(type) ?? []) {
        forEachPerson(data, rule.path, 0, (person) => {
          const subject = person[rule.subjectField];
          // Fail closed: personal data with no one to key it to could never be erased.
          if (typeof subject !== 'string' || subject === '') {
            throw new Error(`${type}: personal data at ${rule.declared.path} has no ${rule.subjectField}`);
          }
          subjects.add(subject);
        });
      }
    }
    const keys = new Map<string, SubjectKey>();
    for (const subject of subjects) keys.set(subject, { key: await this.keys.keyFor(subject), aad: Buffer.from(subject, 'utf8') });
    return events.map(({ type, data }) => {
      let result = data;
      for (const rule of this.rules.get(type) ?? []) {
        result = mapPersons(result, rule.path, 0, (person) => this.encryptPerson(person, rule, keys));
      }
      return result;
    });
  }

  /** The data of each event with its personal fields in clear, or erased. */
  async decryptAll(events: readonly EventData[]): Promise<unknown[]> {
    const subjects = new Set<string>();
    for (const { type, data } of events) {
      for (const rule of this.rules.get(type) ?? []) {
        forEachPerson(data, rule.path, 0, (person) => {
          if (isEncryptedFields(person.$pii)) subjects.add(person.$pii.s);
          for (const field of rule.fields) {
            const value = person[field];
            if (isEncryptedValue(value)) subjects.add(value.$pii.s);
          }
        });
      }
    }
    if (subjects.size === 0) return events.map((event) => event.data);
    if (!sodiumLoaded) await loading;
    const keys = new Map<string, Buffer | null>();
    for (const subject of subjects) keys.set(subject, await this.keys.find(subject));
    return events.map(({ type, data }) => {
      let result = data;
      for (const rule of this.rules.get(type) ?? []) {
        result = mapPersons(result, rule.path, 0, (person) => decryptPerson(person, rule, keys));
      }
      return result;
    });
  }

  private encryptPerson(person: Json, rule: CompiledRule, keys: Map<string, SubjectKey>): Json {
    // Already in its stored form (an event written again as it was read raw).
    if ('$pii' in person) return { ...person };
    const names = rule.fields.filter((field) => field in person && person[field] !== undefined && !isEncryptedValue(person[field]));
    if (names.length === 0) return { ...person };
    const subject = person[rule.subjectField] as string;
    const { key, aad } = keys.get(subject) as SubjectKey;
    if (key) return sealFields(subject, aad, key, person, names);
    // Erased before this write: the fields are stored as erased, never under a new key.
    const out: Json = { ...person };
    for (const name of names) out[name] = ERASED;
    return out;
  }
}

function decryptPerson(person: Json, rule: CompiledRule, keys: Map<string, Buffer | null>): Json {
  const out = isEncryptedFields(person.$pii) ? decryptFields(person, keys.get(person.$pii.s) ?? null) : { ...person };
  for (const field of rule.fields) {
    const value = out[field];
    if (!isEncryptedValue(value)) continue;
    const key = keys.get(value.$pii.s);
    out[field] = key ? decryptValue(value, key) : ERASED;
  }
  return out;
}

function splitPath(path: string): string[] {
  return path === '' ? [] : path.split('.');
}
