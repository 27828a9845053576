import type { Schemas } from '../../api/client';

/**
 * Where a deadline stands: `overdue` (past due, not done: a breach follows at `breachAt`), `due-soon`
 * (within the warning window), `later`, or `done` (fulfilled; evidence in waits for the officer's
 * acceptance, so it is `awaiting-acceptance`).
 */
export type DueStatus = 'overdue' | 'due-soon' | 'later' | 'awaiting-acceptance' | 'done';

export const DUE_SOON_DAYS = 30;
const DAY = 86_400_000;

export function obligationStatus(obligation: Pick<Schemas['ObligationView'], 'status' | 'overdue' | 'dueAt'>, now: Date): DueStatus {
  if (obligation.status === 'fulfilled') return 'done';
  if (obligation.status === 'evidence-submitted') return 'awaiting-acceptance';
  if (obligation.overdue || new Date(obligation.dueAt).getTime() < now.getTime()) return 'overdue';
  return new Date(obligation.dueAt).getTime() - now.getTime() <= DUE_SOON_DAYS * DAY ? 'due-soon' : 'later';
}

export function attestationStatus(attestation: Schemas['AttestationDueView'] | null, now: Date): DueStatus | null {
  if (attestation === null) return null;
  if (attestation.overdue || new Date(attestation.nextDueAt).getTime() < now.getTime()) return 'overdue';
  return new Date(attestation.nextDueAt).getTime() - now.getTime() <= DUE_SOON_DAYS * DAY ? 'due-soon' : 'later';
}

const ORDER: Record<DueStatus, number> = { overdue: 0, 'awaiting-acceptance': 1, 'due-soon': 2, later: 3, done: 4 };

/** Obligations the officer must look at first: overdue, then evidence to accept, then by due date. */
export function obligationsByUrgency<T extends Pick<Schemas['ObligationView'], 'status' | 'overdue' | 'dueAt'>>(obligations: readonly T[], now: Date): Array<T & { due: DueStatus }> {
  return obligations
    .map((o) => ({ ...o, due: obligationStatus(o, now) }))
    .sort((a, b) => ORDER[a.due] - ORDER[b.due] || a.dueAt.localeCompare(b.dueAt));
}

/** Who signed which pledge version: organisations grouped by the version they signed (unsigned ones apart). */
export function signaturesByVersion<T extends Pick<Schemas['OrganisationPledgeSummaryView'], 'signedVersion' | 'organisationId'>>(organisations: readonly T[]): { byVersion: Map<number, T[]>; unsigned: T[] } {
  const byVersion = new Map<number, T[]>();
  const unsigned: T[] = [];
  for (const o of [...organisations].sort((a, b) => a.organisationId.localeCompare(b.organisationId))) {
    if (o.signedVersion === null) unsigned.push(o);
    else byVersion.set(o.signedVersion, [...(byVersion.get(o.signedVersion) ?? []), o]);
  }
  return { byVersion, unsigned };
}

export const DUE_COLOURS: Record<DueStatus, string> = { overdue: 'red', 'due-soon': 'orange', later: 'gray', 'awaiting-acceptance': 'blue', done: 'green' };
