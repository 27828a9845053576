import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import './index';
import { presentFacts, variantOf, wordsOf, type InboxItem } from './notification-words';

const t = i18n.getFixedT('en', 'notifications');
const item = (over: Partial<InboxItem>): InboxItem => ({
  notificationId: 'n-1',
  kind: 'screening-outcome',
  audience: { role: 'applicant' },
  subject: { type: 'application', id: 'app-1' },
  facts: {},
  link: '/applicant/applications/app-1',
  occurredAt: '2026-12-07T10:00:00Z',
  cause: { eventId: 'e-1', type: 't' },
  read: false,
  readAt: null,
  ...over,
});

describe('the words of a notification', () => {
  it('chooses the variant a fact names: an ineligible screening gives its reasons and says what to do', () => {
    const words = wordsOf(item({ facts: { applicationId: 'app-1', outcome: 'ineligible', reasons: ['Not an SME', 'No pledge'] } }), t, 'en');
    expect(words.subject).toBe('Application app-1 is not eligible');
    expect(words.whatHappened).toBe('Application app-1 did not pass the eligibility screening. Reasons: Not an SME; No pledge.');
    expect(words.nextStep).toBe("Read the reasons on the application's page; you may apply again once they are addressed.");
    expect(words.dueBy).toBeUndefined();
  });

  it('writes dates and numbers in the language, and the due date when there is one', () => {
    const words = wordsOf(item({ kind: 'attestation-overdue', facts: { organisationId: 'org-1', dueAt: '2026-12-01', breachAt: '2026-12-31' }, dueBy: '2026-12-31' }), t, 'en-GB');
    expect(words.whatHappened).toBe("The organisation org-1's attestation was due on 1 December 2026 and has not been submitted. It becomes a breach of the pledge on 31 December 2026.");
    expect(words.dueBy).toBe('31 December 2026');
    expect(words.occurredAt).toBe('7 December 2026');
    const usage = wordsOf(item({ kind: 'usage-threshold', facts: { allocationId: 'a-1', thresholdPercent: 90, chargedGpuHours: 10800.25, awardedGpuHours: 12000 } }), t, 'en');
    expect(usage.whatHappened).toBe('Allocation a-1 has used 10,800.3 of its 12,000 GPU hours (90%).');
  });

  it('takes the subject id and the number of questions from the notification when the facts do not name them, and marks what is missing', () => {
    const words = wordsOf(item({ kind: 'information-requested', subject: { type: 'application', id: 'app-9' }, facts: { requestedBy: 'intake', questions: ['Which data?', 'Which licence?'] } }), t, 'en');
    expect(words.whatHappened).toBe('The intake officer screening application app-9 asked you for more information (2 questions).');
    expect(wordsOf(item({ kind: 'allocation-suspended', subject: { type: 'allocation', id: 'a-1' }, facts: {} }), t, 'en').whatHappened).toBe('Allocation a-1 was suspended. Reason: —');
  });

  it('knows the variants the service knows', () => {
    expect(variantOf('usage-threshold', { thresholdPercent: 100 })).toBe('exhausted');
    expect(variantOf('usage-threshold', { thresholdPercent: 75 })).toBeUndefined();
    expect(variantOf('information-requested', { requestedBy: 'ethics-review' })).toBe('ethics-review');
    expect(presentFacts({ month: '2026-11', reasons: ['a', 'b'], count: 3 }, 'en')).toEqual({ month: 'November 2026', reasons: 'a; b', count: 3 });
  });

  it('has the subject, what happened and next step of every kind in the catalogue', () => {
    const kinds = Object.keys(i18n.getResourceBundle('en', 'notifications').kinds as object);
    expect(kinds).toHaveLength(16);
    for (const kind of kinds) for (const part of ['subject', 'whatHappened', 'nextStep']) expect(i18n.exists(`words.${kind}.${part}`, { ns: 'notifications' })).toBe(true);
  });
});
