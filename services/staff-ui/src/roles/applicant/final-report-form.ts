import type { Schemas } from '../../api/client';

/** The final report as typed; compute in FLOP is written as text (4.2e21). */
export interface FinalReportFormValues {
  results: string;
  energyKwh: number | string;
  computeFlop: string;
  acknowledgement: boolean;
}

export const FINAL_REPORT_FIELDS: readonly string[] = ['results', 'energyKwh', 'computeFlop', 'acknowledgement'];

export const emptyFinalReport = (): FinalReportFormValues => ({ results: '', energyKwh: '', computeFlop: '', acknowledgement: false });

export const toFinalReport = (values: FinalReportFormValues): Schemas['FinalReportDto'] => ({
  results: values.results.trim(),
  energyKwh: Number(values.energyKwh),
  computeFlop: Number(values.computeFlop),
  acknowledgement: values.acknowledgement,
});

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** As typed, what FinalReportDto checks: results of 10 to 20,000 characters, figures of 0 or more, EuroHPC acknowledged. */
export function finalReportValidators(t: Translate) {
  const figure = (v: number | string) => {
    if (String(v).trim() === '') return t('validation.required');
    const n = Number(v);
    return Number.isFinite(n) && n >= 0 ? null : t('validation.zeroOrMore');
  };
  return {
    results: (v: string) => (v.trim().length < 10 || v.length > 20000 ? t('validation.results') : null),
    energyKwh: figure,
    computeFlop: figure,
    acknowledgement: (v: boolean) => (v ? null : t('validation.acknowledgement')),
  };
}
