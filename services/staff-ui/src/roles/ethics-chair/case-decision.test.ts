import { describe, expect, it } from 'vitest';
import { conditionFields, decisionValidators, toDecision, type DecisionFormValues } from './case-decision';

const t = (key: string) => key;
const values = (change: Partial<DecisionFormValues>): DecisionFormValues => ({ outcome: 'cleared', reasons: '', questions: '', conditions: [{ text: '', dueDate: '' }], ...change });

describe("the chair's decision", () => {
  it('sends conditions only with conditions, questions only when asking, reasons one per line', () => {
    expect(toDecision(values({ outcome: 'cleared' }))).toEqual({ outcome: 'cleared' });
    expect(toDecision(values({ outcome: 'cleared-with-conditions', reasons: 'Minor issues only', conditions: [{ text: ' Publish a model card ', dueDate: '2027-03-01' }, { text: '', dueDate: '' }, { text: 'Bias audit', dueDate: '' }] }))).toEqual({
      outcome: 'cleared-with-conditions',
      reasons: ['Minor issues only'],
      conditions: [{ text: 'Publish a model card', dueDate: '2027-03-01' }, { text: 'Bias audit' }],
    });
    expect(toDecision(values({ outcome: 'information-requested', questions: 'How is consent recorded?\n\n', reasons: 'ignored' }))).toEqual({ outcome: 'information-requested', questions: ['How is consent recorded?'] });
    expect(toDecision(values({ outcome: 'refused', reasons: 'Biometric categorisation\nNo mitigation' }))).toEqual({ outcome: 'refused', reasons: ['Biometric categorisation', 'No mitigation'] });
  });

  it('wants reasons for a refusal, a question for a request, a condition for a conditional clearance due after today', () => {
    const v = decisionValidators(t, '2026-12-07');
    expect(v.reasons('', values({ outcome: 'refused' }))).toBe('decision.reasonsRequired');
    expect(v.reasons('', values({ outcome: 'cleared' }))).toBeNull();
    expect(v.reasons('no', values({ outcome: 'cleared' }))).toBe('decision.lineLength');
    expect(v.questions('', values({ outcome: 'information-requested' }))).toBe('decision.questionsRequired');
    expect(v.questions('', values({ outcome: 'refused' }))).toBeNull();
    expect(v.conditions.text('', values({ outcome: 'cleared-with-conditions' }))).toBe('decision.conditionRequired');
    expect(v.conditions.text('Publish a model card', values({ outcome: 'cleared-with-conditions', conditions: [{ text: 'Publish a model card', dueDate: '' }] }))).toBeNull();
    expect(v.conditions.dueDate('2026-12-07', values({ outcome: 'cleared-with-conditions' }))).toBe('decision.dueAfterToday');
    expect(v.conditions.dueDate('2026-12-08', values({ outcome: 'cleared-with-conditions' }))).toBeNull();
  });

  it("names each condition's fields, so the API's conditions.1.dueDate lands on the second due date", () => {
    expect(conditionFields(2)).toEqual(['conditions.0.text', 'conditions.0.dueDate', 'conditions.1.text', 'conditions.1.dueDate']);
  });
});
