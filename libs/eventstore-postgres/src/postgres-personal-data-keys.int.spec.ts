import {
  EncryptingEventStore,
  ERASED,
  isEncryptedFields,
  PersonalDataCipher,
  verifyStreamChain,
  type PersonalDataPolicy,
} from '@hpc-access/eventsourcing';
import { anEvent, randomSchemaName } from '@hpc-access/testing';
import { PostgresEventStore } from './postgres-event-store';
import { PostgresPersonalDataKeys } from './postgres-personal-data-keys';
import { TEST_ENGINES, useTestDatabase } from '@hpc-access/sql/testing-only';

const policy: PersonalDataPolicy = {
  OrganisationRegistered: [{ path: 'contact', subjectField: 'personId', fields: ['name', 'email'] }],
};

const registered = (personId: string, name: string) =>
  anEvent('OrganisationRegistered', {
    organisationId: 'org-1',
    legalName: 'Fold Labs GmbH',
    contact: { personId, name, email: `${name.toLowerCase().replace(' ', '.')}@foldlabs.example` },
  });

describe.each(TEST_ENGINES)('person keys on %s', (engine) => {
  const database = useTestDatabase(engine);
  let schema: string;
  let raw: PostgresEventStore;

  beforeEach(async () => {
    schema = randomSchemaName();
    raw = await PostgresEventStore.open(database.db, { schema });
  });

  it('creates a key on first use and hands out the same one afterwards, from any instance', async () => {
    const keys = new PostgresPersonalDataKeys(database.db, { schema });
    const key = await keys.keyFor('person-1');
    expect(key).toHaveLength(32);
    expect(await keys.keyFor('person-1')).toEqual(key);
    expect(await new PostgresPersonalDataKeys(database.db, { schema }).find('person-1')).toEqual(key);
  });

  it('gives the same key to instances racing to create it', async () => {
    const racers = Array.from({ length: 6 }, () => new PostgresPersonalDataKeys(database.db, { schema }));
    const keys = await Promise.all(racers.map((k) => k.keyFor('person-1')));
    expect(new Set(keys.map((k) => k?.toString('hex'))).size).toBe(1);
  });

  it('find never creates a key', async () => {
    const keys = new PostgresPersonalDataKeys(database.db, { schema });
    expect(await keys.find('person-unknown')).toBeNull();
    const { rows } = await database.db.query(`SELECT subject_id FROM ${schema}.person_keys`);
    expect(rows).toEqual([]);
  });

  it('after erasure answers null forever and keeps the tombstone', async () => {
    const keys = new PostgresPersonalDataKeys(database.db, { schema });
    await keys.keyFor('person-1');
    await keys.erase('person-1');
    expect(await keys.keyFor('person-1')).toBeNull();
    expect(await keys.find('person-1')).toBeNull();
    expect(await new PostgresPersonalDataKeys(database.db, { schema }).keyFor('person-1')).toBeNull();
    const { rows } = await database.db.query<{ key: unknown; erased: boolean }>(
      `SELECT key, erased_at IS NOT NULL AS erased FROM ${schema}.person_keys WHERE subject_id = 'person-1'`,
    );
    expect(rows).toEqual([{ key: null, erased: true }]);
  });

  it('erasing someone never seen still blocks a key for them', async () => {
    const keys = new PostgresPersonalDataKeys(database.db, { schema });
    await keys.erase('person-2');
    expect(await keys.keyFor('person-2')).toBeNull();
  });

  it('lets another process see an erasure once its cached key has expired', async () => {
    let now = 1_000;
    const cachedElsewhere = new PostgresPersonalDataKeys(database.db, { schema, cacheTtlMs: 60_000, now: () => now });
    const key = await cachedElsewhere.keyFor('person-1');
    await new PostgresPersonalDataKeys(database.db, { schema }).erase('person-1');
    expect(await cachedElsewhere.find('person-1')).toEqual(key);
    now += 60_001;
    expect(await cachedElsewhere.find('person-1')).toBeNull();
  });

  it('with EncryptingEventStore: erased fields read as erased while the stored chain still verifies', async () => {
    const keys = new PostgresPersonalDataKeys(database.db, { schema });
    const store = new EncryptingEventStore(raw, new PersonalDataCipher(keys, policy));
    await store.appendToStream('organisation-1', [registered('person-1', 'Ada Lovelace'), registered('person-2', 'Alan Turing')]);

    const stored = await store.readStreamRaw('organisation-1');
    const storedContact = (stored[0].data as { contact: Record<string, unknown> }).contact;
    expect(isEncryptedFields(storedContact.$pii)).toBe(true);
    expect(storedContact).not.toHaveProperty('name');
    expect(JSON.stringify(stored)).not.toContain('Ada Lovelace');
    const clear = await store.readStream('organisation-1');
    expect((clear[0].data as { contact: unknown }).contact).toMatchObject({ name: 'Ada Lovelace', personId: 'person-1' });

    await keys.erase('person-1');
    const afterErasure = await store.readStream('organisation-1');
    expect((afterErasure[0].data as { contact: unknown }).contact).toEqual({ personId: 'person-1', name: ERASED, email: ERASED });
    expect((afterErasure[1].data as { contact: unknown }).contact).toMatchObject({ name: 'Alan Turing' });
    expect(verifyStreamChain(await store.readStreamRaw('organisation-1'))).toEqual({ ok: true, checked: 2 });

    // A later event about the erased person stores nothing personal, in clear or encrypted.
    await store.appendToStream('organisation-1', [registered('person-1', 'Ada Lovelace')]);
    const later = (await store.readStreamRaw('organisation-1'))[2];
    expect((later.data as { contact: unknown }).contact).toEqual({ personId: 'person-1', name: ERASED, email: ERASED });
    expect(verifyStreamChain(await store.readStreamRaw('organisation-1')).ok).toBe(true);
  });
});
