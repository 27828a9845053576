import type { RecordedEvent } from './envelope';
import type { EventStore, ExpectedRevision, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from './event-store';
import type { EventToAppend } from './envelope';
import type { PersonalDataCipher } from './personal-data';

/**
 * Crypto-shredding around any EventStore: personal fields are encrypted before the inner store
 * hashes and stores them, and decrypted on the way out. Hashes cover the ciphertext, so erasing a
 * person (deleting the key) leaves every hash verifiable while the fields read as erased.
 */
export class EncryptingEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async appendToStream(streamId: string, events: EventToAppend[], options?: { expectedRevision?: ExpectedRevision }) {
    // One key look-up per person for the whole append.
    const data = await this.cipher.encryptAll(events);
    const encrypted = events.map((e, i) => ({ ...e, data: data[i] }));
    const result = await this.inner.appendToStream(streamId, encrypted, options);
    // Callers get back what they wrote, in clear; storage keeps the ciphertext.
    return { ...result, events: result.events.map((e, i) => ({ ...e, data: events[i].data })) };
  }

  async readStream(streamId: string, options?: ReadStreamOptions) {
    return this.decryptAll(await this.inner.readStream(streamId, options));
  }

  async readAll(options?: ReadAllOptions) {
    return this.decryptAll(await this.inner.readAll(options));
  }

  /** The stored form, ciphertext and all: what hash verification and audit export read. */
  readStreamRaw(streamId: string, options?: ReadStreamOptions) {
    return this.inner.readStream(streamId, options);
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    return this.inner.subscribeToAll({
      ...options,
      handle: async (events) => options.handle(await this.decryptAll(events)),
    });
  }

  private async decryptAll(events: RecordedEvent[]): Promise<RecordedEvent[]> {
    const data = await this.cipher.decryptAll(events);
    return events.map((e, i) => (data[i] === e.data ? e : { ...e, data: data[i] }));
  }
}
