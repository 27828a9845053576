import type { Schemas } from '../../api/client';

export type ScoreFormValues = Schemas['ScoresDto'];

/** The score form's paths, named as the API body (its problem+json names them so). */
export const SCORE_FIELDS = ['excellence', 'innovationAndImpact', 'implementation'] as const;

/** Each criterion a whole number from 1 to 5 (ScoresDto), checked as the committee types. */
export function scoreValidators(message: string) {
  const check = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? null : message);
  return { excellence: check, innovationAndImpact: check, implementation: check };
}

/** The weighted score the configuration's weights give (shown before saving). */
export function weighted(values: ScoreFormValues, weights: Schemas['AllocationScoreWeights']): number {
  return Math.round((values.excellence * weights.excellence + values.innovationAndImpact * weights.innovationAndImpact + values.implementation * weights.implementation) * 100) / 100;
}
