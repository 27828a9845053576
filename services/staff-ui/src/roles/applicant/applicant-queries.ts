import { api, unwrap } from '../../api/client';
import { currentSession } from '../../auth/session';
import { oldestFirst } from '../../components/oldest-first';

type Status = 'draft' | 'information-requested' | 'ethics-information-requested';

/** The applicant's applications in a status, oldest first, with how many there are. */
export function waitingInStatus(status: Status, count = 10) {
  return oldestFirst(
    async (oldest) => unwrap(await api.GET('/api/applications', { params: { query: { status, ...oldest } } })),
    count,
  );
}

/** The organisation of the signed-in applicant (their token names it). */
export const ownOrganisationId = () => currentSession()?.organisationId ?? '';

/** A read that answers 404 until the record exists (registration travels from intake to governance): null then. */
export async function orNull<T>(read: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T | null> {
  const result = await read;
  return result.response.status === 404 ? null : unwrap(result);
}

/** Intake's record of the organisation; null before it is registered. */
export const intakeOrganisation = (id: string) => orNull(api.GET('/api/organisations/{id}', { params: { path: { id } } }));

/** Governance's record of the organisation's pledge; null until the registration has reached governance. */
export const pledgeRecord = (id: string) => orNull(api.GET('/api/governance/organisations/{organisationId}', { params: { path: { organisationId: id } } }));

/** The pledge version in force (null before governance published one). */
export async function currentPledgeVersion(): Promise<number | null> {
  const { currentVersion } = unwrap(await api.GET('/api/governance/pledge-versions', { params: { query: { page: 1, pageSize: 1 } } }));
  return currentVersion === 0 ? null : currentVersion;
}
