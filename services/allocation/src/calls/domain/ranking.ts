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
