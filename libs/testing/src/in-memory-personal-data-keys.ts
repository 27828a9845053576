import { generateKey, type PersonalDataKeys } from '@hpc-access/eventsourcing';

/** PersonalDataKeys in a Map, for unit tests. An erased subject keeps a tombstone (null). */
export class InMemoryPersonalDataKeys implements PersonalDataKeys {
  private readonly keys = new Map<string, Buffer | null>();

  async keyFor(subjectId: string): Promise<Buffer | null> {
    if (!this.keys.has(subjectId)) this.keys.set(subjectId, generateKey());
    return this.keys.get(subjectId) ?? null;
  }

  async find(subjectId: string): Promise<Buffer | null> {
    return this.keys.get(subjectId) ?? null;
  }

  async erase(subjectId: string): Promise<void> {
    this.keys.set(subjectId, null);
  }

  isErased(subjectId: string): boolean {
    return this.keys.has(subjectId) && this.keys.get(subjectId) === null;
  }
}
