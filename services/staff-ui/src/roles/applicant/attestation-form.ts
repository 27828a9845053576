import type { Schemas } from '../../api/client';

/** The periodic attestation as typed: figures as text (FLOP are written as 3.2e21), links one a line. */
export interface AttestationFormValues {
  evidence: EvidenceValues;
  declaredTrainingFlop: string;
  declaredEnergyKwh: number | string;
}

export const ATTESTATION_FORM_FIELDS: readonly string[] = ['evidence', 'evidence.summary', 'evidence.links', 'declaredTrainingFlop', 'declaredEnergyKwh'];

export const emptyAttestationForm = (): AttestationFormValues => ({ evidence: { summary: '', links: '' }, declaredTrainingFlop: '', declaredEnergyKwh: '' });

const linesOf = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** Evidence as typed (a summary, links one a line), for an attestation or an ethics condition. */
export interface EvidenceValues {
  summary: string;
  links: string;
}

export const toEvidence = (values: EvidenceValues): Schemas['EvidenceDto'] => ({ summary: values.summary.trim(), links: linesOf(values.links) });

export function toAttestation(values: AttestationFormValues): Schemas['SubmitAttestationDto'] {
  return {
    evidence: toEvidence(values.evidence),
    declaredTrainingFlop: Number(values.declaredTrainingFlop),
    declaredEnergyKwh: Number(values.declaredEnergyKwh),
  };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

const isHttps = (link: string) => {
  try {
    return new URL(link).protocol === 'https:';
  } catch {
    return false;
  }
};

/** As typed, what EvidenceDto checks: a summary of 10,000 characters at most, https links (20 at most). */
export function evidenceValidators(t: Translate) {
  return {
    summary: (v: string) => (v.trim() === '' ? t('validation.required') : v.length > 10000 ? t('validation.tooLong', { max: 10000 }) : null),
    links: (v: string) => {
      const links = linesOf(v);
      if (links.length > 20) return t('validation.tooManyLinks', { max: 20 });
      const bad = links.find((l) => !isHttps(l));
      return bad ? t('validation.httpsLink', { link: bad }) : null;
    },
  };
}

/** As typed, what SubmitAttestationDto checks: the evidence, and figures of 0 or more. */
export function attestationValidators(t: Translate) {
  const figure = (max: number) => (v: number | string) => {
    if (String(v).trim() === '') return t('validation.required');
    const n = Number(v);
    return Number.isFinite(n) && n >= 0 && n <= max ? null : t('validation.zeroOrMore');
  };
  return { evidence: evidenceValidators(t), declaredTrainingFlop: figure(1e30), declaredEnergyKwh: figure(1e12) };
}
