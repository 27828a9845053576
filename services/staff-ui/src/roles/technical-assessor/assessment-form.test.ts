import { describe, expect, it } from 'vitest';
import { assessmentValidators, toAssessment, waitsForAssessment } from './assessment-form';

describe('technical assessment form', () => {
  it('needs remarks unless accepted as is', () => {
    const { remarks } = assessmentValidators('say why');
    expect(remarks('', { outcome: 'accepted', remarks: '' })).toBeNull();
    expect(remarks('  ', { outcome: 'accepted-with-remarks', remarks: '  ' })).toBe('say why');
    expect(remarks('', { outcome: 'rejected', remarks: '' })).toBe('say why');
    expect(remarks('codes not installed', { outcome: 'rejected', remarks: 'codes not installed' })).toBeNull();
  });

  it('sends remarks only when given', () => {
    expect(toAssessment({ outcome: 'accepted', remarks: ' ' })).toEqual({ outcome: 'accepted' });
    expect(toAssessment({ outcome: 'accepted-with-remarks', remarks: ' use the container ' })).toEqual({ outcome: 'accepted-with-remarks', remarks: 'use the container' });
  });

  it('counts as waiting only registered applications without an outcome', () => {
    expect(waitsForAssessment({ technicalOutcome: null, status: 'held' })).toBe(true);
    expect(waitsForAssessment({ technicalOutcome: 'accepted', status: 'held' })).toBe(false);
    expect(waitsForAssessment({ technicalOutcome: null, status: 'withdrawn' })).toBe(false);
  });
});
