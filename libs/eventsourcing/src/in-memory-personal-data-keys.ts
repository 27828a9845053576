import { generateKey, type PersonalDataKeys, type PersonKeyStatus } from './personal-data';

/**
 * PersonalDataKeys in a Map, for tests and prototypes. An erased person keeps a tombstone (null),
 * so no new key is ever made for them.
 */
export class InMemoryPersonalDataKeys implements PersonalDataKeys {
  private readonly keys = new Map<string, Buffer | null>();

  async keyFor(subjectId: string): Promise<Buffer | null> {
    if (!this.keys.has(subjectId)) this.keys.set(subjectId, generateKey());
    return this.keys.get(subjectId) ?? null;
  }

  async find(subjectId: string): Promise<Buffer | null> {
    return this.keys.get(subjectId) ?? null;
  }

  async status(subjectId: string): Promise<PersonKeyStatus> {
    if (!this.keys.has(subjectId)) return 'unknown';
    return this.keys.get(subjectId) === null ? 'erased' : 'active';
  }

  async erase(subjectId: string): Promise<void> {
    this.keys.set(subjectId, null);
  }

  isErased(subjectId: string): boolean {
    return this.keys.has(subjectId) && this.keys.get(subjectId) === null;
  }
}
