import type { RecordedEvent } from './envelope';
import { upcast, type Upcaster } from './upcasting';

// v1 wrote `fullName`; v2 renamed it to `name`; v3 added `country`, unknown before, as null.
const renameFullName: Upcaster = {
  type: 'ContactAdded',
  fromSchemaVersion: 1,
  upcast: (data) => {
    const { fullName, ...rest } = data as { fullName: string };
    return { ...rest, name: fullName };
  },
};
const addCountry: Upcaster = {
  type: 'ContactAdded',
  fromSchemaVersion: 2,
  upcast: (data) => ({ ...(data as object), country: null }),
};
const upcasters = [addCountry, renameFullName];

function recorded(type: string, schemaVersion: number, data: unknown): RecordedEvent {
  return {
    eventId: '01950000-0000-7000-8000-000000000001',
    type,
    streamId: 'organisation-org-1',
    streamPosition: 0,
    globalPosition: '1',
    transactionId: '1',
    recordedAt: new Date('2025-03-01T10:00:00.000Z'),
    data,
    metadata: { correlationId: 'corr-1', causationId: null, actor: { id: 'u-1', role: 'coordinator' }, schemaVersion },
    hash: 'a'.repeat(64),
    prevHash: null,
  };
}

describe('upcast', () => {
  it('chains upcasters from v1 through v2 to v3, whatever order they are listed in', () => {
    const result = upcast(recorded('ContactAdded', 1, { personId: 'p-1', fullName: 'Zoë Ñúñez' }), upcasters);

    expect(result.data).toEqual({ personId: 'p-1', name: 'Zoë Ñúñez', country: null });
    expect(result.metadata.schemaVersion).toBe(3);
  });

  it('starts from the version the event was stored at', () => {
    const result = upcast(recorded('ContactAdded', 2, { personId: 'p-1', name: 'Zoë Ñúñez' }), upcasters);

    expect(result.data).toEqual({ personId: 'p-1', name: 'Zoë Ñúñez', country: null });
    expect(result.metadata.schemaVersion).toBe(3);
  });

  it('keeps the rest of the envelope and leaves the stored event unchanged', () => {
    const stored = recorded('ContactAdded', 1, { personId: 'p-1', fullName: 'Zoë Ñúñez' });

    const result = upcast(stored, upcasters);

    expect(stored.data).toEqual({ personId: 'p-1', fullName: 'Zoë Ñúñez' });
    expect(stored.metadata.schemaVersion).toBe(1);
    expect(result).toMatchObject({ eventId: stored.eventId, hash: stored.hash, streamPosition: 0, metadata: { actor: stored.metadata.actor } });
  });

  it('returns an event of the current version as it is', () => {
    const current = recorded('ContactAdded', 3, { personId: 'p-1', name: 'Zoë', country: 'ES' });

    expect(upcast(current, upcasters)).toBe(current);
  });

  it('leaves events of other types untouched, even at a version an upcaster names', () => {
    const other = recorded('ContactRemoved', 1, { personId: 'p-1', fullName: 'kept as written' });

    expect(upcast(other, upcasters)).toBe(other);
    expect(other.data).toEqual({ personId: 'p-1', fullName: 'kept as written' });
  });
});
