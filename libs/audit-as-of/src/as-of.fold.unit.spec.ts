import { foldAsOf, type StoredStreamEvent } from './as-of.fold';
import { ENTITY_TYPES, entityTypeOf } from './entity-types';

const at = (iso: string) => new Date(iso);
const event = (streamPosition: number, type: string, recordedAt: string, data: Record<string, unknown>): StoredStreamEvent => ({
  eventId: `00000000-0000-4000-8000-00000000000${streamPosition}`,
  type,
  streamPosition,
  recordedAt: at(recordedAt),
  data,
  hash: `hash-${streamPosition}`,
});

const decision = (decidedAt: string) => ({ reportId: 'r1', organisationId: 'org-a', note: 'checked', decidedBy: 'officer-1', decidedAt });
const breachReport = [
  event(0, 'BreachReportFiled', '2026-03-01T10:00:00Z', { reportId: 'r1', organisationId: 'org-a', description: 'no logs kept', evidenceLinks: [], filedBy: 'u1', filedRole: 'site', filedAt: '2026-03-01T10:00:00Z' }),
  event(1, 'BreachReportConfirmed', '2026-03-02T10:00:00Z', decision('2026-03-02T10:00:00Z')),
];

describe('an entity as of an instant (the owning service\'s evolve over its events up to then)', () => {
  const type = ENTITY_TYPES['breach-report'];

  it('applies every event recorded at or before the instant, and names the last one', () => {
    const before = foldAsOf(type, breachReport, at('2026-03-02T09:59:59.999Z'));
    expect(before).toMatchObject({ existed: true, eventsApplied: 1, state: { status: 'open', decision: null }, lastEvent: { type: 'BreachReportFiled', streamPosition: 0, hash: 'hash-0', recordedAt: '2026-03-01T10:00:00.000Z' } });
    // The instant of the event itself counts: recordedAt <= asOf.
    const exactly = foldAsOf(type, breachReport, at('2026-03-02T10:00:00Z'));
    expect(exactly).toMatchObject({ existed: true, eventsApplied: 2, state: { status: 'confirmed', decision: { decidedBy: 'officer-1' } }, lastEvent: { type: 'BreachReportConfirmed', eventId: breachReport[1].eventId } });
  });

  it('says the entity did not exist yet before its first event', () => {
    expect(foldAsOf(type, breachReport, at('2026-03-01T09:59:59Z'))).toEqual({ existed: false });
    expect(foldAsOf(type, [], at('2030-01-01T00:00:00Z'))).toEqual({ existed: false });
  });

  it('applies in stream order, whatever order the events come in, and skips a later-recorded event in the middle', () => {
    // A reaction acts at its cause's time (ADR 27): position 2 may carry an earlier time than position 1.
    const events = [
      event(2, 'ReviewerAssigned', '2026-03-01T11:00:00Z', { caseId: 'a1', reviewerId: 'rev-2', reviewerOrganisationId: 'o', assignedBy: 'chair', assignedAt: '2026-03-01T11:00:00Z', reviewDueAt: '2026-03-10T00:00:00Z' }),
      event(0, 'EthicsCaseOpened', '2026-03-01T10:00:00Z', { caseId: 'a1', applicationId: 'a1', organisationId: 'org-a', mode: 'playground', dossier: {}, reviewersRequired: 2, openedAt: '2026-03-01T10:00:00Z' }),
      event(1, 'ReviewerAssigned', '2026-03-01T12:00:00Z', { caseId: 'a1', reviewerId: 'rev-1', reviewerOrganisationId: 'o', assignedBy: 'chair', assignedAt: '2026-03-01T12:00:00Z', reviewDueAt: '2026-03-10T00:00:00Z' }),
    ];
    const result = foldAsOf(ENTITY_TYPES['ethics-case'], events, at('2026-03-01T11:30:00Z'));
    expect(result).toMatchObject({ existed: true, eventsApplied: 2, lastEvent: { streamPosition: 2 }, state: { status: 'in-review', assignments: [{ reviewerId: 'rev-2' }] } });
    const all = foldAsOf(ENTITY_TYPES['ethics-case'], events, at('2026-03-02T00:00:00Z'));
    expect(all).toMatchObject({ eventsApplied: 3, state: { assignments: [{ reviewerId: 'rev-1' }, { reviewerId: 'rev-2' }] } });
  });

  it('keeps the stored data as stored (an encrypted field stays ciphertext) and does not touch the input', () => {
    const sealed = { $encrypted: 'v1:AbCd', keyId: 'person-1' };
    const filed = event(0, 'BreachReportFiled', '2026-03-01T10:00:00Z', { ...breachReport[0].data as object, description: sealed });
    const result = foldAsOf(type, [filed], at('2026-03-01T10:00:00Z'));
    expect(result).toMatchObject({ state: { report: { description: sealed } } });
    if (result.existed) (result.state as { report: { description: { keyId: string } } }).report.description.keyId = 'changed';
    expect(sealed.keyId).toBe('person-1');
  });

  it('knows the entity types of every service with their stream ids, and nothing from the prototype', () => {
    expect(Object.fromEntries(Object.entries(ENTITY_TYPES).map(([name, t]) => [name, [t.service, t.streamId('x1')]]))).toEqual({
      application: ['intake', 'application-x1'],
      organisation: ['intake', 'organisation-x1'],
      'ethics-case': ['ethics', 'ethics-case-x1'],
      allocation: ['allocation', 'allocation-x1'],
      'allocation-application': ['allocation', 'allocation-application-x1'],
      'capacity-ledger': ['allocation', 'allocation-capacity-x1.'],
      'breach-report': ['governance', 'breach-report-x1'],
      'organisation-pledge': ['governance', 'organisation-pledge-x1'],
      'allocation-account': ['accounting', 'accounting-allocation-x1'],
    });
    expect(ENTITY_TYPES['capacity-ledger'].streamId('leonardo.booster')).toBe('allocation-capacity-leonardo.booster');
    expect(entityTypeOf('constructor')).toBeUndefined();
    expect(entityTypeOf('toString')).toBeUndefined();
  });
});

describe('the world just before a decision', () => {
  const type = ENTITY_TYPES['breach-report'];
  const sameInstant = [breachReport[0], { ...breachReport[1], recordedAt: breachReport[0].recordedAt }];

  it('leaves out what was recorded at the decision\'s instant when asked strictly', () => {
    expect(foldAsOf(type, sameInstant, at('2026-03-01T10:00:00Z'))).toMatchObject({ eventsApplied: 2 });
    expect(foldAsOf(type, sameInstant, at('2026-03-01T10:00:00Z'), { strictly: true })).toEqual({ existed: false });
    expect(foldAsOf(type, sameInstant, at('2026-03-01T10:00:01Z'), { strictly: true })).toMatchObject({ eventsApplied: 2 });
  });

  it('stops the deciding stream before the decision\'s position', () => {
    expect(foldAsOf(type, sameInstant, at('2026-03-01T10:00:00Z'), { streamPosition: 1 })).toMatchObject({ eventsApplied: 1, state: { status: 'open' }, lastEvent: { streamPosition: 0 } });
  });
});
