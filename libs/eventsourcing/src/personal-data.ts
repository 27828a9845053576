import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** What a field of an erased person reads as. */
export const ERASED = '[erased]';

/** Where one person's key lives. Erasing deletes the key: the ciphertext stays, unreadable forever. */
export interface PersonalDataKeys {
  /** The person's key, created on first use; null once the person was erased. */
  keyFor(subjectId: string): Promise<Buffer | null>;
  /** The key if one exists and was not erased; never creates one. */
  find(subjectId: string): Promise<Buffer | null>;
  erase(subjectId: string): Promise<void>;
}

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

/** The stored form of one encrypted value; the subject id stays clear so erasure can find it. */
export interface EncryptedValue {
  $pii: { s: string; v: string };
}

export function isEncryptedValue(value: unknown): value is EncryptedValue {
  return typeof value === 'object' && value !== null && '$pii' in value;
}

export function generateKey(): Buffer {
  return randomBytes(32);
}

// Initialisation vectors are drawn from a pool of random bytes filled 1,024 IVs at a time: one
// call into the random generator instead of one per value. Each IV is used once, as before.
const IV_BYTES = 12;
const TAG_BYTES = 16;
const IV_POOL_SIZE = IV_BYTES * 1024;
let ivPool = Buffer.alloc(0);
let ivOffset = 0;

function nextIv(): Buffer {
  if (ivOffset + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_POOL_SIZE);
    ivOffset = 0;
  }
  const iv = ivPool.subarray(ivOffset, ivOffset + IV_BYTES);
  ivOffset += IV_BYTES;
  return iv;
}

export function encryptValue(subjectId: string, key: Buffer, value: unknown): EncryptedValue {
  return encryptWith(subjectId, Buffer.from(subjectId, 'utf8'), key, value);
}

function encryptWith(subjectId: string, aad: Buffer, key: Buffer, value: unknown): EncryptedValue {
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  // The subject id is authenticated data: a value cannot be moved to another person unnoticed.
  cipher.setAAD(aad);
  const head = cipher.update(JSON.stringify(value), 'utf8');
  const tail = cipher.final();
  const out = Buffer.allocUnsafe(IV_BYTES + TAG_BYTES + head.length + tail.length);
  iv.copy(out, 0);
  cipher.getAuthTag().copy(out, IV_BYTES);
  head.copy(out, IV_BYTES + TAG_BYTES);
  tail.copy(out, IV_BYTES + TAG_BYTES + head.length);
  return { $pii: { s: subjectId, v: out.toString('base64') } };
}

export function decryptValue(encrypted: EncryptedValue, key: Buffer): unknown {
  const raw = Buffer.from(encrypted.$pii.v, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(encrypted.$pii.s, 'utf8'));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  return JSON.parse(plain);
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

/**
 * Encrypts and decrypts the personal fields of events according to a policy. Each person's key
 * is looked up once per event, however many fields and places name them; the values are then
 * encrypted without awaiting anything.
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
    const rules = this.rules.get(type);
    if (!rules) return data;
    let result = data;
    for (const rule of rules) {
      const subjects = new Set<string>();
      forEachPerson(result, rule.path, 0, (person) => {
        const subject = person[rule.subjectField];
        // Fail closed: personal data with no one to key it to could never be erased.
        if (typeof subject !== 'string' || subject === '') {
          throw new Error(`${type}: personal data at ${rule.declared.path} has no ${rule.subjectField}`);
        }
        subjects.add(subject);
      });
      if (subjects.size === 0) continue;
      const keys = new Map<string, { key: Buffer | null; aad: Buffer }>();
      for (const subject of subjects) keys.set(subject, { key: await this.keys.keyFor(subject), aad: Buffer.from(subject, 'utf8') });
      result = mapPersons(result, rule.path, 0, (person) => {
        const subject = person[rule.subjectField] as string;
        const { key, aad } = keys.get(subject) as { key: Buffer | null; aad: Buffer };
        const out: Json = { ...person };
        for (const field of rule.fields) {
          if (!(field in person) || person[field] === undefined || isEncryptedValue(person[field])) continue;
          out[field] = key ? encryptWith(subject, aad, key, person[field]) : ERASED;
        }
        return out;
      });
    }
    return result;
  }

  async decrypt(type: string, data: unknown): Promise<unknown> {
    const rules = this.rules.get(type);
    if (!rules) return data;
    let result = data;
    for (const rule of rules) {
      const subjects = new Set<string>();
      forEachPerson(result, rule.path, 0, (person) => {
        for (const field of rule.fields) {
          const value = person[field];
          if (isEncryptedValue(value)) subjects.add(value.$pii.s);
        }
      });
      const keys = new Map<string, Buffer | null>();
      for (const subject of subjects) keys.set(subject, await this.keys.find(subject));
      result = mapPersons(result, rule.path, 0, (person) => {
        const out: Json = { ...person };
        for (const field of rule.fields) {
          const value = person[field];
          if (!isEncryptedValue(value)) continue;
          const key = keys.get(value.$pii.s);
          out[field] = key ? decryptValue(value, key) : ERASED;
        }
        return out;
      });
    }
    return result;
  }
}

function splitPath(path: string): string[] {
  return path === '' ? [] : path.split('.');
}
