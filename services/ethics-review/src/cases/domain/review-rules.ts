import { invalid } from '@hpc-access/eventsourcing';
import type { Rating } from './ethics-case';

/** A review rates every configured principle exactly once, and nothing else. */
export function assertRatesEveryPrinciple(ratings: Rating[], principles: string[]): void {
  const rated = ratings.map((r) => r.principle);
  const unknown = rated.find((p) => !principles.includes(p));
  if (unknown !== undefined) throw invalid('unknown-principle', `${unknown} is not one of the principles: ${principles.join(', ')}`, 'ratings');
  const twice = rated.find((p, i) => rated.indexOf(p) !== i);
  if (twice !== undefined) throw invalid('principle-rated-twice', `${twice} is rated more than once`, 'ratings');
  const missing = principles.filter((p) => !rated.includes(p));
  if (missing.length > 0) throw invalid('principle-not-rated', `every principle must be rated; missing: ${missing.join(', ')}`, 'ratings');
}
