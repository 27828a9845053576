import { addDays, iso } from './calendar';
import type { AttestationFlag } from './organisation-pledge';

/**
 * When to remind the organisation of an attestation due at `dueAt`: `reminderDays` before it,
 * or never (null) when that moment is not after `now`, the start of the period: a reminder
 * would then come with the period itself.
 */
export function reminderDateFor(dueAt: Date, now: Date, reminderDays: number): string | null {
  const remindAt = addDays(dueAt, -reminderDays);
  return remindAt > now ? iso(remindAt) : null;
}

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
