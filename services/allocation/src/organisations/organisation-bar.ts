import type { Work } from '../shared/unit-of-work';
import { isBarred, standingDecider, standingStreamId } from './domain/standing';

/** Whether the organisation is barred (a final report overdue), as its standing stream says inside the unit of work. */
export async function isOrganisationBarred(w: Work, organisationId: string): Promise<boolean> {
  return isBarred((await w.load(standingDecider, standingStreamId(organisationId))).state);
}
