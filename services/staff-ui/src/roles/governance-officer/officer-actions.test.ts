import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { problemToFormErrors } from '../../forms/problem-to-form';
import {
  BREACH_REPORT_FIELDS, breachReportValidators, obligationActions, reasonValidators, reinstatementBlockers, rejectionMakesOverdue, SUSPENSION_FIELDS, suspensionBlockers, toBreachReport, toSuspension,
} from './officer-actions';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key);
type Breach = Schemas['BreachView'];
const breach = (over: Partial<Breach>): Breach => ({ breachId: 'b1', cause: 'report', ref: 'r1', reason: 'confirmed report', breachedAt: '2026-11-01T00:00:00Z', remediedAt: null, ...over });
type Standing = Pick<Schemas['OrganisationPledgeView'], 'suspended' | 'breaches' | 'status'>;
const standing = (over: Partial<Standing>): Standing => ({ suspended: false, breaches: [], status: 'signed', ...over });

describe('what stands in the way of a suspension', () => {
  it('needs an open breach or a pledge not in force, and no suspension already', () => {
    expect(suspensionBlockers(standing({}))).toEqual(['noGrounds']);
    expect(suspensionBlockers(standing({ breaches: [breach({ remediedAt: '2026-11-02T00:00:00Z' })] }))).toEqual(['noGrounds']);
    expect(suspensionBlockers(standing({ breaches: [breach({})] }))).toEqual([]);
    expect(suspensionBlockers(standing({ status: 'withdrawn' }))).toEqual([]);
    expect(suspensionBlockers(standing({ status: 'lapsed' }))).toEqual([]);
    expect(suspensionBlockers(standing({ status: 'withdrawn', suspended: true }))).toEqual(['alreadySuspended']);
  });

  it('lifting needs every breach remedied and the pledge signed, each said', () => {
    expect(reinstatementBlockers(standing({}))).toEqual(['notSuspended']);
    expect(reinstatementBlockers(standing({ suspended: true, status: 'withdrawn', breaches: [breach({})] }))).toEqual(['breachesOpen', 'pledgeNotSigned']);
    expect(reinstatementBlockers(standing({ suspended: true, breaches: [breach({ remediedAt: '2026-11-02T00:00:00Z' })] }))).toEqual([]);
  });

  it('sends the breach only when one is named, the reason trimmed', () => {
    expect(toSuspension({ reason: '  Pledge withdrawn ', breachId: '' })).toEqual({ reason: 'Pledge withdrawn' });
    expect(toSuspension({ reason: 'Overdue', breachId: 'b1' })).toEqual({ reason: 'Overdue', breachId: 'b1' });
    expect(problemToFormErrors({ type: 'about:blank', title: 'Unprocessable', status: 422, errors: [{ field: 'breachId', reason: 'not a breach of this organisation' }] }, { fields: SUSPENSION_FIELDS }).errors).toEqual({ breachId: 'not a breach of this organisation' });
  });

  it('wants a reason of 1 to 2,000 characters', () => {
    const { reason } = reasonValidators(t);
    expect(reason('   ')).toBe('actions.reasonRequired');
    expect(reason('x'.repeat(2001))).toBe('actions.reasonRequired');
    expect(reason('Remedied')).toBeNull();
  });
});

describe("an obligation's actions", () => {
  const org = { breaches: [breach({ cause: 'obligation-overdue', ref: 'ob-breached' })] };
  it('judges evidence in; reports an overdue one not yet a breach; nothing else', () => {
    expect(obligationActions({ status: 'evidence-submitted', overdue: true }, org, 'ob-1')).toEqual(['accept', 'reject']);
    expect(obligationActions({ status: 'open', overdue: true }, org, 'ob-1')).toEqual(['report']);
    expect(obligationActions({ status: 'open', overdue: true }, org, 'ob-breached')).toEqual([]);
    expect(obligationActions({ status: 'open', overdue: false }, org, 'ob-1')).toEqual([]);
    expect(obligationActions({ status: 'fulfilled', overdue: false }, org, 'ob-1')).toEqual([]);
  });

  it('warns that a rejection past the due date makes it overdue at once', () => {
    const now = new Date('2026-12-08T12:00:00Z');
    expect(rejectionMakesOverdue({ dueAt: '2026-12-08T12:00:00Z' }, now)).toBe(true);
    expect(rejectionMakesOverdue({ dueAt: '2026-12-09T00:00:00Z' }, now)).toBe(false);
  });
});

describe('a breach report', () => {
  it('sends the links one a line, trimmed, and checks them as typed', () => {
    expect(toBreachReport('org-1', { description: ' Never published ', evidenceLinks: 'https://a.eu/x\n\n https://b.eu/y ' })).toEqual({ organisationId: 'org-1', description: 'Never published', evidenceLinks: ['https://a.eu/x', 'https://b.eu/y'] });
    const v = breachReportValidators(t);
    expect(v.evidenceLinks('https://a.eu/x\nhttp://b.eu/y')).toBe('actions.linkNotHttps {"link":"http://b.eu/y"}');
    expect(v.evidenceLinks(Array.from({ length: 21 }, (_, i) => `https://a.eu/${i}`).join('\n'))).toBe('actions.tooManyLinks');
    expect(v.evidenceLinks('')).toBeNull();
    expect(v.description('')).toBe('actions.descriptionRequired');
  });

  it("puts the API's refusal of one link on the links field", () => {
    const { errors, unmatched } = problemToFormErrors({ type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ field: 'evidenceLinks.1', reason: 'each value in evidenceLinks must be a URL address' }] }, { fields: BREACH_REPORT_FIELDS });
    expect(errors).toEqual({ evidenceLinks: 'each value in evidenceLinks must be a URL address' });
    expect(unmatched).toEqual([]);
  });
});
