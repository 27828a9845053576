import { EncryptingEventStore } from './encrypting-event-store';
import type { EventToAppend, RecordedEvent } from './envelope';
import { verifyStreamChain } from './hash-chain';
import { InMemoryEventStore } from './in-memory-event-store';
import { InMemoryPersonalDataKeys } from './in-memory-personal-data-keys';
import { ERASED, isEncryptedFields, PersonalDataCipher, type PersonalDataPolicy } from './personal-data';

const policy: PersonalDataPolicy = {
  OrganisationRegistered: [{ path: 'contacts[]', subjectField: 'personId', fields: ['email'] }],
};

const STREAM = 'organisation-org-1';

const registered = (): EventToAppend => ({
  eventId: '01950000-0000-7000-8000-000000000001',
  type: 'OrganisationRegistered',
  data: { organisationId: 'org-1', contacts: [{ personId: 'p-1', email: 'zoe@bsc.example' }, { personId: 'p-2', email: 'jan@bsc.example' }] },
  recordedAt: new Date('2025-03-01T10:00:00.000Z'),
  metadata: { correlationId: 'corr-1', causationId: null, actor: { id: 'u-1', role: 'coordinator' }, schemaVersion: 1 },
});

const renamed = (): EventToAppend => ({
  ...registered(),
  eventId: '01950000-0000-7000-8000-000000000002',
  type: 'OrganisationRenamed',
  data: { organisationId: 'org-1', name: 'BSC-CNS' },
});

function setUp() {
  const inner = new InMemoryEventStore();
  const keys = new InMemoryPersonalDataKeys();
  const store = new EncryptingEventStore(inner, new PersonalDataCipher(keys, policy));
  return { inner, keys, store };
}

const emailsOf = (event: RecordedEvent) => (event.data as { contacts: { email: unknown }[] }).contacts.map((c) => c.email);
/** Stored: each contact's email sealed in the contact's `$pii`, none left in clear. */
const sealed = (event: RecordedEvent) =>
  (event.data as { contacts: Record<string, unknown>[] }).contacts.every((c) => isEncryptedFields(c.$pii) && !('email' in c));

describe('EncryptingEventStore', () => {
  it('gives the writer its events back in clear while the inner store holds ciphertext', async () => {
    const { inner, store } = setUp();

    const result = await store.appendToStream(STREAM, [registered(), renamed()], { expectedRevision: 'no_stream' });

    expect(result.nextExpectedRevision).toBe(1);
    expect(result.events.map((e) => e.data)).toEqual([registered().data, renamed().data]);
    const [stored] = await inner.readStream(STREAM);
    expect(sealed(stored)).toBe(true);
    expect(JSON.stringify(stored.data)).not.toContain('zoe@bsc.example');
    expect(result.events[0].hash).toBe(stored.hash);
  });

  it('passes the expected revision through to the inner store', async () => {
    const { store } = setUp();
    await store.appendToStream(STREAM, [registered()]);

    await expect(store.appendToStream(STREAM, [renamed()], { expectedRevision: 'no_stream' })).rejects.toMatchObject({
      name: 'ConcurrencyError',
      actual: 0,
    });
  });

  it('decrypts on readStream', async () => {
    const { store } = setUp();
    await store.appendToStream(STREAM, [registered(), renamed()]);

    expect((await store.readStream(STREAM)).map((e) => e.data)).toEqual([registered().data, renamed().data]);
  });

  it('decrypts on readAll', async () => {
    const { store } = setUp();
    await store.appendToStream(STREAM, [registered(), renamed()]);

    expect((await store.readAll()).map((e) => e.data)).toEqual([registered().data, renamed().data]);
  });

  it('decrypts what subscribers receive, both caught up and live', async () => {
    const { store } = setUp();
    await store.appendToStream(STREAM, [registered()]);
    const received: RecordedEvent[] = [];
    const subscription = store.subscribeToAll({ handle: async (events) => void received.push(...events) });

    await subscription.caughtUp();
    await store.appendToStream('organisation-org-2', [{ ...registered(), eventId: '01950000-0000-7000-8000-000000000003' }]);
    await subscription.caughtUp();
    await subscription.stop();

    expect(received.map(emailsOf)).toEqual([
      ['zoe@bsc.example', 'jan@bsc.example'],
      ['zoe@bsc.example', 'jan@bsc.example'],
    ]);
  });

  it('returns the stored ciphertext from readStreamRaw', async () => {
    const { inner, store } = setUp();
    await store.appendToStream(STREAM, [registered()]);

    const raw = await store.readStreamRaw(STREAM);

    expect(raw).toEqual(await inner.readStream(STREAM));
    expect(sealed(raw[0])).toBe(true);
  });

  it('keeps the stored chain verifiable after a person is erased, while their fields read as erased', async () => {
    const { keys, store } = setUp();
    await store.appendToStream(STREAM, [registered(), renamed()]);

    await keys.erase('p-1');

    expect(verifyStreamChain(await store.readStreamRaw(STREAM))).toEqual({ ok: true, checked: 2 });
    const [event] = await store.readStream(STREAM);
    expect(emailsOf(event)).toEqual([ERASED, 'jan@bsc.example']);
  });
});
