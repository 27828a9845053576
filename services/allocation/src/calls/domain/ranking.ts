/** Ranking at a cut-off (DOMAIN.md step 6): by weighted peer-review score, best first. */
export interface Candidate {
  applicationId: string;
  organisationId: string;
  weightedScore: number;
  submittedAt: string | null;
  barred: boolean;
}

export type RankOutcome = 'awarded' | 'partial' | 'reserve' | 'below-threshold' | 'barred';

export interface RankEntry {
  rank: number;
  applicationId: string;
  organisationId: string;
  weightedScore: number;
  outcome: RankOutcome;
  gpuHours: number;
  allocationId: string | null;
}

export interface Ranked extends Candidate {
  rank: number;
  /** What is decided before capacity is looked at. */
  verdict: 'fund-if-capacity' | 'below-threshold' | 'barred';
}

/** Ties go to the earlier submission, then the smaller id, so a ranking is always reproducible. */
export function rank(candidates: readonly Candidate[], threshold: number): Ranked[] {
  return [...candidates]
    .sort((a, b) => b.weightedScore - a.weightedScore || (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.applicationId.localeCompare(b.applicationId))
    .map((c, i) => ({ ...c, rank: i + 1, verdict: c.barred ? 'barred' : c.weightedScore < threshold ? 'below-threshold' : 'fund-if-capacity' }));
}

/**
 * The committee's order over the score ranking (ADR 35): the applications it ordered take the
 * places they held by score, in the committee's order; any it did not order (ready after it
 * saved) keep their place by score. Verdicts stay (a reorder never funds a score below the
 * threshold nor a barred organisation); ranks are numbered again.
 */
export function inCommitteeOrder(ranked: readonly Ranked[], order: readonly string[] | undefined): Ranked[] {
  if (!order || order.length === 0) return [...ranked];
  const ordered = new Set(ranked.map((r) => r.applicationId).filter((id) => order.includes(id)));
  const byId = new Map(ranked.map((r) => [r.applicationId, r]));
  const queue = order.filter((id) => ordered.has(id)).map((id) => byId.get(id) as Ranked);
  return ranked.map((r) => (ordered.has(r.applicationId) ? (queue.shift() as Ranked) : r)).map((r, i) => ({ ...r, rank: i + 1 }));
}
