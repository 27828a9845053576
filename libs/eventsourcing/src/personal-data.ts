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

export function encryptValue(subjectId: string, key: Buffer, value: unknown): EncryptedValue {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  // The subject id is authenticated data: a value cannot be moved to another person unnoticed.
  cipher.setAAD(Buffer.from(subjectId, 'utf8'));
  const ct = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return { $pii: { s: subjectId, v: Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64') } };
}

export function decryptValue(encrypted: EncryptedValue, key: Buffer): unknown {
  const raw = Buffer.from(encrypted.$pii.v, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(encrypted.$pii.s, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  return JSON.parse(plain);
}

type Json = Record<string, unknown>;

/** Visits every person object the rule's path reaches in `data` (structure is copied, not mutated). */
function mapPersons(data: unknown, path: string[], visit: (person: Json) => Promise<Json>): Promise<unknown> {
  if (path.length === 0) {
    return typeof data === 'object' && data !== null ? visit(data as Json) : Promise.resolve(data);
  }
  const [head, ...rest] = path;
  const isArray = head.endsWith('[]');
  const key = isArray ? head.slice(0, -2) : head;
  if (typeof data !== 'object' || data === null || !(key in (data as Json))) return Promise.resolve(data);
  const child = (data as Json)[key];
  const mapped = isArray && Array.isArray(child)
    ? Promise.all(child.map((item) => mapPersons(item, rest, visit)))
    : mapPersons(child, rest, visit);
  return mapped.then((value) => ({ ...(data as Json), [key]: value }));
}

/** Encrypts and decrypts the personal fields of events according to a policy. */
export class PersonalDataCipher {
  constructor(
    private readonly keys: PersonalDataKeys,
    private readonly policy: PersonalDataPolicy,
  ) {}

  async encrypt(type: string, data: unknown): Promise<unknown> {
    let result = data;
    for (const rule of this.policy[type] ?? []) {
      result = await mapPersons(result, splitPath(rule.path), async (person) => {
        const subject = person[rule.subjectField];
        // Fail closed: personal data with no one to key it to could never be erased.
        if (typeof subject !== 'string' || subject === '') {
          throw new Error(`${type}: personal data at ${rule.path} has no ${rule.subjectField}`);
        }
        const key = await this.keys.keyFor(subject);
        const out: Json = { ...person };
        for (const field of rule.fields) {
          if (!(field in person) || person[field] === undefined || isEncryptedValue(person[field])) continue;
          out[field] = key ? encryptValue(subject, key, person[field]) : ERASED;
        }
        return out;
      });
    }
    return result;
  }

  async decrypt(type: string, data: unknown): Promise<unknown> {
    let result = data;
    for (const rule of this.policy[type] ?? []) {
      result = await mapPersons(result, splitPath(rule.path), async (person) => {
        const out: Json = { ...person };
        for (const field of rule.fields) {
          const value = person[field];
          if (!isEncryptedValue(value)) continue;
          const key = await this.keys.find(value.$pii.s);
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
