import { ERASED, PersonalDataCipher } from './personal-data';
import { InMemoryPersonalDataKeys } from './in-memory-personal-data-keys';

describe('InMemoryPersonalDataKeys', () => {
  it('creates one key per person and hands it out again', async () => {
    const keys = new InMemoryPersonalDataKeys();
    const key = await keys.keyFor('p-1');
    expect(key).toHaveLength(32);
    expect(await keys.keyFor('p-1')).toBe(key);
    expect(await keys.find('p-1')).toBe(key);
    expect(await keys.find('p-2')).toBeNull();
  });

  it('never mints a new key after erasure', async () => {
    const keys = new InMemoryPersonalDataKeys();
    await keys.keyFor('p-1');
    await keys.erase('p-1');
    expect(await keys.keyFor('p-1')).toBeNull();
    expect(await keys.find('p-1')).toBeNull();
    expect(keys.isErased('p-1')).toBe(true);
    expect(keys.isErased('p-2')).toBe(false);
  });

  it('works with the cipher: erased fields read as erased', async () => {
    const keys = new InMemoryPersonalDataKeys();
    const cipher = new PersonalDataCipher(keys, { Registered: [{ path: '', subjectField: 'personId', fields: ['name'] }] });
    const stored = await cipher.encrypt('Registered', { personId: 'p-1', name: 'Ada' });
    expect(await cipher.decrypt('Registered', stored)).toEqual({ personId: 'p-1', name: 'Ada' });
    await keys.erase('p-1');
    expect(await cipher.decrypt('Registered', stored)).toEqual({ personId: 'p-1', name: ERASED });
  });
});
