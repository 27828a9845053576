import { describe, expect, it } from 'vitest';
import { attestationStatus, obligationsByUrgency, obligationStatus, signaturesByVersion } from './due-status';

const now = new Date('2026-12-07T12:00:00Z');
const obligation = (obligationId: string, dueAt: string, status: 'open' | 'evidence-submitted' | 'fulfilled' = 'open', overdue = false) => ({ obligationId, dueAt, status, overdue });

describe('obligations and attestations due or overdue', () => {
  it('classifies an obligation: overdue, due within 30 days, later, evidence awaiting acceptance, done', () => {
    expect(obligationStatus(obligation('a', '2026-12-01T00:00:00Z'), now)).toBe('overdue');
    expect(obligationStatus(obligation('a', '2027-02-01T00:00:00Z', 'open', true), now)).toBe('overdue');
    expect(obligationStatus(obligation('a', '2026-12-20T00:00:00Z'), now)).toBe('due-soon');
    expect(obligationStatus(obligation('a', '2027-03-01T00:00:00Z'), now)).toBe('later');
    expect(obligationStatus(obligation('a', '2026-12-01T00:00:00Z', 'evidence-submitted'), now)).toBe('awaiting-acceptance');
    expect(obligationStatus(obligation('a', '2026-12-01T00:00:00Z', 'fulfilled', true), now)).toBe('done');
  });

  it('classifies the next attestation, and none while the pledge is not signed', () => {
    expect(attestationStatus(null, now)).toBeNull();
    expect(attestationStatus({ nextDueAt: '2026-12-06T00:00:00Z', overdue: true, breachAt: '2027-01-05T00:00:00Z' }, now)).toBe('overdue');
    expect(attestationStatus({ nextDueAt: '2027-01-01T00:00:00Z', overdue: false, breachAt: null }, now)).toBe('due-soon');
    expect(attestationStatus({ nextDueAt: '2027-03-01T00:00:00Z', overdue: false, breachAt: null }, now)).toBe('later');
  });

  it('puts the overdue first, then evidence to accept, then by due date', () => {
    const sorted = obligationsByUrgency([obligation('later', '2027-03-01T00:00:00Z'), obligation('done', '2026-11-01T00:00:00Z', 'fulfilled'), obligation('soon', '2026-12-20T00:00:00Z'), obligation('late', '2026-12-01T00:00:00Z'), obligation('evidence', '2026-12-02T00:00:00Z', 'evidence-submitted')], now);
    expect(sorted.map((o) => [o.obligationId, o.due])).toEqual([
      ['late', 'overdue'],
      ['evidence', 'awaiting-acceptance'],
      ['soon', 'due-soon'],
      ['later', 'later'],
      ['done', 'done'],
    ]);
  });

  it('groups organisations by the pledge version they signed', () => {
    const { byVersion, unsigned } = signaturesByVersion([
      { organisationId: 'org-b', signedVersion: 2 },
      { organisationId: 'org-a', signedVersion: 2 },
      { organisationId: 'org-c', signedVersion: 1 },
      { organisationId: 'org-d', signedVersion: null },
    ]);
    expect(byVersion.get(2)?.map((o) => o.organisationId)).toEqual(['org-a', 'org-b']);
    expect(byVersion.get(1)?.map((o) => o.organisationId)).toEqual(['org-c']);
    expect(unsigned.map((o) => o.organisationId)).toEqual(['org-d']);
  });
});

describe('the decision on a breach report', () => {
  it('wants a choice and a note, and sends the note trimmed', async () => {
    const { breachDecisionValidators, toBreachDecision } = await import('./breach-decision');
    const v = breachDecisionValidators((key) => key);
    expect(v.decision('')).toBe('breaches.decisionRequired');
    expect(v.decision('confirmed')).toBeNull();
    expect(v.note('  ')).toBe('breaches.noteRequired');
    expect(v.note('x'.repeat(2001))).toBe('breaches.noteRequired');
    expect(toBreachDecision({ decision: 'dismissed', note: ' Evidence does not show a breach. ' })).toEqual({ decision: 'dismissed', note: 'Evidence does not show a breach.' });
  });
});
