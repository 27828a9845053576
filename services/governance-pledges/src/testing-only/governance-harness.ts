import { IntakeEvents } from '@hpc-access/contracts';
import { startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { GovernancePledgesModule } from '../governance-pledges.module';
import { GovernancePledgesRuntime } from '../governance-pledges-runtime';

export const DAY = 86_400_000;

/** Governance alone, with intake, ethics-review and accounting played on the bus. */
export function startGovernance(): Promise<ServiceHarness> {
  return startServiceHarness({ module: ({ db, bus, clock }) => GovernancePledgesModule.register({ db, bus, clock }), runtimes: [GovernancePledgesRuntime] });
}

export async function registerOrganisation(svc: ServiceHarness, organisationId: string): Promise<void> {
  await svc.publish(IntakeEvents.OrganisationRegistered, organisationId, { organisationId, legalName: `${organisationId} GmbH`, country: 'DE', sme: true });
  await svc.settle();
}

export const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The types published on governance's topic so far, in order. */
export function publishedTypes(svc: ServiceHarness): string[] {
  return svc.published('hpc-access.governance.v1').map((e) => e.type.replace('hpc-access.governance.', ''));
}

export const sign = (svc: ServiceHarness, organisationId: string, token: string, pledgeVersion = 1, optionalCommitments: string[] = []) =>
  svc.http.post(`/api/governance/organisations/${organisationId}/signatures`).set(auth(token)).send({ pledgeVersion, optionalCommitments });
