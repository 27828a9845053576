import { describe, expect, it } from 'vitest';
import { decisionValidators, toScreeningDecision } from './screening-decision';

const t = (key: string) => key;

describe('the screening decision', () => {
  it('sends reasons only for ineligible and questions only when asking, one per non-empty line', () => {
    expect(toScreeningDecision({ decision: 'ineligible', reasons: 'Not an SME\n\n  Outside the EU  ', questions: 'ignored', note: '' })).toEqual({ decision: 'ineligible', reasons: ['Not an SME', 'Outside the EU'] });
    expect(toScreeningDecision({ decision: 'information-requested', reasons: 'ignored', questions: 'Which partition?', note: ' checked by phone ' })).toEqual({ decision: 'information-requested', questions: ['Which partition?'], note: 'checked by phone' });
    expect(toScreeningDecision({ decision: 'eligible', reasons: 'x', questions: 'y', note: '' })).toEqual({ decision: 'eligible' });
  });

  it('wants a reason for ineligible and a question for a request, each line 3 to 2000 characters', () => {
    const v = decisionValidators(t);
    expect(v.reasons('', { decision: 'ineligible', reasons: '', questions: '', note: '' })).toBe('review.reasonsRequired');
    expect(v.reasons('ok', { decision: 'ineligible', reasons: 'ok', questions: '', note: '' })).toBe('review.lineLength');
    expect(v.reasons('', { decision: 'eligible', reasons: '', questions: '', note: '' })).toBeNull();
    expect(v.questions('', { decision: 'information-requested', reasons: '', questions: '', note: '' })).toBe('review.questionsRequired');
    expect(v.questions('Which data?', { decision: 'information-requested', reasons: '', questions: 'Which data?', note: '' })).toBeNull();
  });
});
