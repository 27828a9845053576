import { describe, expect, it } from 'vitest';
import { attestationValidators, emptyAttestationForm, toAttestation } from './attestation-form';
import { emptyFinalReport, finalReportValidators, toFinalReport } from './final-report-form';
import { answerValidators, openRequestOf } from './information-answer';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key);

describe('the attestation form', () => {
  it('sends the links one a line and the figures as numbers', () => {
    const values = emptyAttestationForm();
    Object.assign(values, { evidence: { summary: ' AI literacy training done. ', links: 'https://a.example/r.pdf\n\n https://b.example/x ' }, declaredTrainingFlop: '3.2e21', declaredEnergyKwh: 12500 });
    expect(toAttestation(values)).toEqual({ evidence: { summary: 'AI literacy training done.', links: ['https://a.example/r.pdf', 'https://b.example/x'] }, declaredTrainingFlop: 3.2e21, declaredEnergyKwh: 12500 });
  });

  it('wants https links, a summary and figures of 0 or more, as typed', () => {
    const v = attestationValidators(t);
    expect(v.evidence.links('http://a.example/r.pdf')).toContain('validation.httpsLink');
    expect(v.evidence.links('https://a.example/r.pdf')).toBeNull();
    expect(v.evidence.summary('  ')).toBe('validation.required');
    expect(v.declaredTrainingFlop('lots')).toBe('validation.zeroOrMore');
    expect(v.declaredTrainingFlop('4e21')).toBeNull();
    expect(v.declaredEnergyKwh('')).toBe('validation.required');
  });
});

describe('the final report form', () => {
  it('needs results of 10 characters or more and the acknowledgement of EuroHPC', () => {
    const v = finalReportValidators(t);
    expect(v.results('Done.')).toBe('validation.results');
    expect(v.acknowledgement(false)).toBe('validation.acknowledgement');
    expect(v.computeFlop('-1')).toBe('validation.zeroOrMore');
    const values = { ...emptyFinalReport(), results: ' We trained the model. ', energyKwh: 900, computeFlop: '1e20', acknowledgement: true };
    expect(toFinalReport(values)).toEqual({ results: 'We trained the model.', energyKwh: 900, computeFlop: 1e20, acknowledgement: true });
  });
});

describe('answering an information request', () => {
  it('knows who asked from the status, and wants an answer', () => {
    expect(openRequestOf('information-requested')).toBe('intake');
    expect(openRequestOf('ethics-information-requested')).toBe('ethics');
    expect(openRequestOf('eligible')).toBeNull();
    expect(answerValidators(t).answer(' ')).toBe('validation.required');
    expect(answerValidators(t).answer('x'.repeat(10001))).toContain('validation.tooLong');
  });
});
