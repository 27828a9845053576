import { createCipheriv, randomBytes } from 'node:crypto';
import { InMemoryPersonalDataKeys } from './in-memory-personal-data-keys';
import {
  decryptFields,
  decryptValue,
  encryptFields,
  encryptValue,
  ERASED,
  generateKey,
  isEncryptedFields,
  PersonalDataCipher,
  personalDataCryptoReady,
  SEALED_WITH,
  type EncryptedFields,
  type EncryptedValue,
  type PersonalDataPolicy,
} from './personal-data';

const policy: PersonalDataPolicy = {
  OrganisationRegistered: [{ path: 'contacts[]', subjectField: 'personId', fields: ['name', 'email'] }],
  ProposalSubmitted: [{ path: 'team.members[]', subjectField: 'personId', fields: ['email'] }],
};

const registered = () => ({
  organisationId: 'org-1',
  name: 'Barcelona Supercomputing Center',
  contacts: [
    { personId: 'p-1', name: 'Zoë Ñúñez', email: 'zoe@bsc.example', role: 'pi' },
    { personId: 'p-2', name: 'Jan Novák', email: 'jan@bsc.example', role: 'admin' },
  ],
});

type Contact = Record<string, unknown>;
const contactsOf = (data: unknown) => (data as { contacts: Contact[] }).contacts;

describe('encryptValue and decryptValue', () => {
  it('give back any JSON value encrypted for a subject with its key', () => {
    const key = generateKey();
    for (const value of ['zoe@bsc.example', 'Zoë 😀', 42, true, null, { street: 'Jordi Girona 29', lines: ['a', 'b'] }]) {
      const encrypted = encryptValue('p-1', key, value);
      expect(encrypted.$pii.s).toBe('p-1');
      expect(decryptValue(encrypted, key)).toEqual(value);
    }
  });

  it('write a different ciphertext each time, so equal values cannot be matched across events', () => {
    const key = generateKey();
    expect(encryptValue('p-1', key, 'zoe@bsc.example').$pii.v).not.toBe(encryptValue('p-1', key, 'zoe@bsc.example').$pii.v);
  });

  it('refuse a value moved into another subject’s envelope, with that subject’s key or even the right one', () => {
    const keyOfP1 = generateKey();
    const keyOfP2 = generateKey();
    const moved: EncryptedValue = { $pii: { ...encryptValue('p-1', keyOfP1, 'zoe@bsc.example').$pii, s: 'p-2' } };

    expect(() => decryptValue(moved, keyOfP2)).toThrow(/authenticate/);
    expect(() => decryptValue(moved, keyOfP1)).toThrow(/authenticate/);
  });

  it('refuse a ciphertext that was tampered with', () => {
    const key = generateKey();
    const encrypted = encryptValue('p-1', key, 'zoe@bsc.example');
    const raw = Buffer.from(encrypted.$pii.v, 'base64');
    raw[raw.length - 1] ^= 1;

    expect(() => decryptValue({ $pii: { s: 'p-1', v: raw.toString('base64') } }, key)).toThrow(/authenticate/);
  });
});

describe('encryptFields and decryptFields', () => {
  const contact = () => ({ personId: 'p-1', name: 'Zoë Ñúñez', email: 'zoe@bsc.example', role: 'pi' });
  beforeAll(() => personalDataCryptoReady());

  it('seal with XChaCha20-Poly1305: the cipher named, a 24-byte nonce, the ciphertext and a 16-byte tag', () => {
    const fields = { name: 'Zoë Ñúñez', email: 'zoe@bsc.example' };
    const sealed = encryptFields('p-1', generateKey(), contact(), ['name', 'email']).$pii as EncryptedFields;

    expect(sealed.a).toBe(SEALED_WITH);
    expect(Buffer.from(sealed.v, 'base64')).toHaveLength(24 + Buffer.byteLength(JSON.stringify(fields)) + 16);
  });

  it('still open persons sealed with AES-256-GCM (no cipher named), as stored before', () => {
    const key = generateKey();
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from('p-1', 'utf8'));
    const body = Buffer.concat([cipher.update(JSON.stringify({ name: 'Zoë Ñúñez', email: 'zoe@bsc.example' }), 'utf8'), cipher.final()]);
    const v = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    const stored = { personId: 'p-1', role: 'pi', $pii: { s: 'p-1', f: ['name', 'email'], v } };

    expect(decryptFields(stored, key)).toEqual(contact());
    expect(decryptFields({ ...stored, $pii: { ...stored.$pii, a: 'aes-256-gcm' } }, key)).toEqual(contact());
    expect(() => decryptFields({ ...stored, $pii: { ...stored.$pii, s: 'p-2' } }, key)).toThrow(/authenticate/);
  });

  it('refuse a cipher they do not know, naming it', () => {
    const stored = encryptFields('p-1', generateKey(), contact(), ['email']);

    expect(() => decryptFields({ ...stored, $pii: { ...(stored.$pii as EncryptedFields), a: 'rot13' } }, generateKey())).toThrow(/unknown cipher: rot13/);
  });

  it('seal the named fields of a person in one ciphertext and give them back', () => {
    const key = generateKey();
    const stored = encryptFields('p-1', key, contact(), ['name', 'email']);

    expect(stored).toEqual({ personId: 'p-1', role: 'pi', $pii: { s: 'p-1', f: ['name', 'email'], v: expect.any(String), a: SEALED_WITH } });
    expect(JSON.stringify(stored)).not.toMatch(/Zoë|zoe@/);
    expect(decryptFields(stored, key)).toEqual(contact());
  });

  it('read the named fields as erased without the key', () => {
    const stored = encryptFields('p-1', generateKey(), contact(), ['name', 'email']);

    expect(decryptFields(stored, null)).toEqual({ personId: 'p-1', name: ERASED, email: ERASED, role: 'pi' });
  });

  it('write a different ciphertext each time, and refuse one moved to another subject or tampered with', () => {
    const key = generateKey();
    const stored = encryptFields('p-1', key, contact(), ['email']);
    const sealed = stored.$pii as EncryptedFields;
    expect((encryptFields('p-1', key, contact(), ['email']).$pii as EncryptedFields).v).not.toBe(sealed.v);

    expect(() => decryptFields({ ...stored, $pii: { ...sealed, s: 'p-2' } }, key)).toThrow(/authenticate/);
    const raw = Buffer.from(sealed.v, 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => decryptFields({ ...stored, $pii: { ...sealed, v: raw.toString('base64') } }, key)).toThrow(/authenticate/);
  });
});

describe('PersonalDataCipher', () => {
  it('encrypts only the listed fields of each person in contacts[], keyed to that person, one ciphertext per person', async () => {
    const cipher = new PersonalDataCipher(new InMemoryPersonalDataKeys(), policy);

    const stored = await cipher.encrypt('OrganisationRegistered', registered());

    const [first, second] = contactsOf(stored);
    for (const [contact, personId] of [[first, 'p-1'], [second, 'p-2']] as const) {
      expect(contact.personId).toBe(personId);
      expect(contact).not.toHaveProperty('name');
      expect(contact).not.toHaveProperty('email');
      expect(isEncryptedFields(contact.$pii)).toBe(true);
      expect(contact.$pii).toMatchObject({ s: personId, f: ['name', 'email'] });
    }
    expect(first.role).toBe('pi');
    expect(stored).toMatchObject({ organisationId: 'org-1', name: 'Barcelona Supercomputing Center' });
    const text = JSON.stringify(stored);
    for (const secret of ['Zoë', 'zoe@bsc.example', 'Novák', 'jan@bsc.example']) expect(text).not.toContain(secret);
  });

  it('seals only the listed fields a person has', async () => {
    const cipher = new PersonalDataCipher(new InMemoryPersonalDataKeys(), policy);
    const data = { contacts: [{ personId: 'p-1', email: 'zoe@bsc.example' }, { personId: 'p-2', role: 'admin' }] };

    const stored = await cipher.encrypt('OrganisationRegistered', data);

    expect(contactsOf(stored)[0].$pii).toMatchObject({ s: 'p-1', f: ['email'] });
    expect(contactsOf(stored)[1]).toEqual({ personId: 'p-2', role: 'admin' });
    expect(await cipher.decrypt('OrganisationRegistered', stored)).toEqual(data);
  });

  it('leaves data already in its stored form as it is', async () => {
    const cipher = new PersonalDataCipher(new InMemoryPersonalDataKeys(), policy);
    const stored = await cipher.encrypt('OrganisationRegistered', registered());

    expect(await cipher.encrypt('OrganisationRegistered', stored)).toEqual(stored);
  });

  it('reads values encrypted one by one, the form written before, alongside sealed persons', async () => {
    const keys = new InMemoryPersonalDataKeys();
    const cipher = new PersonalDataCipher(keys, policy);
    const key = (await keys.keyFor('p-1')) as Buffer;
    const earlier = {
      ...registered(),
      contacts: [
        { personId: 'p-1', name: encryptValue('p-1', key, 'Zoë Ñúñez'), email: encryptValue('p-1', key, 'zoe@bsc.example'), role: 'pi' },
        contactsOf(await cipher.encrypt('OrganisationRegistered', registered()))[1],
      ],
    };

    expect(await cipher.decrypt('OrganisationRegistered', earlier)).toEqual(registered());
    await keys.erase('p-1');
    expect(contactsOf(await cipher.decrypt('OrganisationRegistered', earlier))[0]).toEqual({ personId: 'p-1', name: ERASED, email: ERASED, role: 'pi' });
  });

  it('looks each person up once for many events', async () => {
    const keys = new InMemoryPersonalDataKeys();
    const keyFor = jest.spyOn(keys, 'keyFor');
    const find = jest.spyOn(keys, 'find');
    const cipher = new PersonalDataCipher(keys, policy);
    const events = Array.from({ length: 5 }, () => ({ type: 'OrganisationRegistered', data: registered() }));

    const stored = await cipher.encryptAll(events);
    const read = await cipher.decryptAll(stored.map((data) => ({ type: 'OrganisationRegistered', data })));

    expect(keyFor).toHaveBeenCalledTimes(2);
    expect(find).toHaveBeenCalledTimes(2);
    expect(read).toEqual(events.map((e) => e.data));
  });

  it('refuses personal data that names no person, since it could never be erased', async () => {
    const cipher = new PersonalDataCipher(new InMemoryPersonalDataKeys(), policy);
    const type = Object.keys(policy)[0];
    await expect(cipher.encrypt(type, { contacts: [{ name: 'Nobody Known', email: 'n@example.eu' }] })).rejects.toThrow(/has no personId/);
  });

  it('leaves the caller’s object as it was', async () => {
    const cipher = new PersonalDataCipher(new InMemoryPersonalDataKeys(), policy);
    const data = registered();

    await cipher.encrypt('OrganisationRegistered', data);

    expect(data).toEqual(registered());
  });

  it('leaves events of types the policy does not name untouched', async () => {
    const cipher = new PersonalDataCipher(new InMemoryPersonalDataKeys(), policy);

    expect(await cipher.encrypt('OrganisationRenamed', registered())).toEqual(registered());
    expect(await cipher.decrypt('OrganisationRenamed', registered())).toEqual(registered());
  });

  it('leaves an event without the path untouched', async () => {
    const cipher = new PersonalDataCipher(new InMemoryPersonalDataKeys(), policy);

    expect(await cipher.encrypt('OrganisationRegistered', { organisationId: 'org-1' })).toEqual({ organisationId: 'org-1' });
  });

  it('follows a dotted path to an array of persons', async () => {
    const cipher = new PersonalDataCipher(new InMemoryPersonalDataKeys(), policy);
    const submitted = { proposalId: 'pr-1', team: { name: 'climate', members: [{ personId: 'p-1', email: 'zoe@bsc.example' }] } };

    const stored = (await cipher.encrypt('ProposalSubmitted', submitted)) as typeof submitted;

    expect(stored.team.members[0]).toEqual({ personId: 'p-1', $pii: expect.objectContaining({ s: 'p-1', f: ['email'] }) });
    expect(stored.team.name).toBe('climate');
    expect(await cipher.decrypt('ProposalSubmitted', stored)).toEqual(submitted);
  });

  it('decrypts what it encrypted', async () => {
    const cipher = new PersonalDataCipher(new InMemoryPersonalDataKeys(), policy);

    const stored = await cipher.encrypt('OrganisationRegistered', registered());

    expect(await cipher.decrypt('OrganisationRegistered', stored)).toEqual(registered());
  });

  it('reads an erased person’s fields as erased while other persons stay readable', async () => {
    const keys = new InMemoryPersonalDataKeys();
    const cipher = new PersonalDataCipher(keys, policy);
    const stored = await cipher.encrypt('OrganisationRegistered', registered());

    await keys.erase('p-1');

    expect(contactsOf(await cipher.decrypt('OrganisationRegistered', stored))).toEqual([
      { personId: 'p-1', name: ERASED, email: ERASED, role: 'pi' },
      { personId: 'p-2', name: 'Jan Novák', email: 'jan@bsc.example', role: 'admin' },
    ]);
  });

  it('stores ERASED, not ciphertext, when writing for a person already erased', async () => {
    const keys = new InMemoryPersonalDataKeys();
    const cipher = new PersonalDataCipher(keys, policy);
    await keys.erase('p-1');

    const stored = await cipher.encrypt('OrganisationRegistered', registered());

    const [first, second] = contactsOf(stored);
    expect(first).toEqual({ personId: 'p-1', name: ERASED, email: ERASED, role: 'pi' });
    expect(isEncryptedFields(second.$pii)).toBe(true);
    expect(await keys.find('p-1')).toBeNull();
  });
});
