import type { AttestationFlag } from './organisation-pledge';

/** How far a declared figure is from accounting's, in percent of accounting's. */
export function deviationPercent(declared: number, accounted: number): number {
  if (accounted === 0) return declared === 0 ? 0 : Infinity;
  return (Math.abs(declared - accounted) / accounted) * 100;
}

/** Flagged, never refused: the officer looks into it (DOMAIN.md: cross-checked against accounting). */
export function attestationFlags(
  declared: { trainingFlop: number; energyKwh: number },
  accounted: { trainingFlop: number; energyKwh: number },
  tolerancePercent: number,
): AttestationFlag[] {
  const flags: AttestationFlag[] = [];
  if (deviationPercent(declared.trainingFlop, accounted.trainingFlop) > tolerancePercent) flags.push('training-compute-mismatch');
  if (deviationPercent(declared.energyKwh, accounted.energyKwh) > tolerancePercent) flags.push('energy-mismatch');
  return flags;
}
