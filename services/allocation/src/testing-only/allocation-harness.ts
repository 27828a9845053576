import { randomUUID } from 'node:crypto';
import { EthicsEvents, IntakeEvents, topicFor, type AccessMode, type ApplicationDossier, type EthicsOutcome } from '@hpc-access/contracts';
import { hostingSiteOf, startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { AllocationModule } from '../allocation.module';
import { AllocationRuntime } from '../allocation-runtime';

export const DAY = 86_400_000;

/** Allocation alone over HTTP; intake, ethics, accounting and governance played on the bus. */
export function startAllocation(): Promise<ServiceHarness> {
  return startServiceHarness({ module: ({ db, bus, clock }) => AllocationModule.register({ db, bus, clock }), runtimes: [AllocationRuntime] });
}

export interface Request {
  mode?: AccessMode;
  system?: string;
  partition?: string;
  gpuHours?: number;
  durationMonths?: number;
  start?: string;
}

export function dossier(request: Request = {}): ApplicationDossier {
  return {
    mode: request.mode ?? 'playground',
    title: 'Small language model for Estonian',
    system: request.system ?? 'vega',
    partition: request.partition ?? 'gpu',
    gpuHours: request.gpuHours ?? 5000,
    durationMonths: request.durationMonths ?? 1,
    start: request.start ?? '2026-11-09',
    projectSummary: 'Fine-tuning an open model',
    modelKind: 'language',
    trainingComputeFlop: 1e21,
    personalData: false,
    copyrightedMaterial: false,
    tdmOptOutsHonoured: true,
    civilianUse: true,
    monthlyUsagePlan: [request.gpuHours ?? 5000],
    issueCategories: [],
    prohibitedPractice: false,
    principles: [],
  };
}

/** Submits and finds an application eligible in intake, as intake would publish it. */
export async function eligible(svc: ServiceHarness, organisationId: string, request: Request = {}): Promise<string> {
  const applicationId = randomUUID();
  const d = dossier(request);
  await svc.publish(IntakeEvents.ApplicationSubmitted, applicationId, { applicationId, organisationId, mode: d.mode, system: d.system, partition: d.partition, gpuHours: d.gpuHours, durationMonths: d.durationMonths, start: d.start });
  await svc.publish(IntakeEvents.ApplicationScreened, applicationId, { applicationId, organisationId, outcome: 'eligible', reasons: [], dossier: d });
  await svc.settle();
  return applicationId;
}

export async function ethics(svc: ServiceHarness, applicationId: string, organisationId: string, outcome: EthicsOutcome = 'cleared'): Promise<void> {
  await svc.publish(EthicsEvents.EthicsDecided, applicationId, { caseId: `case-${applicationId}`, applicationId, organisationId, outcome, conditions: [], reasons: outcome === 'refused' ? ['Article 5 practice'] : [], decidedAt: svc.clock.now().toISOString() });
  await svc.settle();
}

/** The technical assessment, by an assessor of the site hosting the application's system. */
export async function assess(svc: ServiceHarness, applicationId: string, outcome = 'accepted', remarks?: string) {
  const read = await svc.http.get(`/api/allocation/applications/${applicationId}`).set('Authorization', await bearer(svc, 'auditor'));
  const system = (read.body as { request?: { system?: string } }).request?.system ?? 'vega';
  const token = await svc.token('technical-assessor', { userId: 'assessor-1', organisationId: `site-${system}`, siteId: hostingSiteOf(system) });
  return svc.http.post(`/api/allocation/applications/${applicationId}/technical-assessment`).set('Authorization', `Bearer ${token}`).send({ outcome, ...(remarks ? { remarks } : {}) });
}

/** The types allocation published so far, short names. */
export function publishedTypes(svc: ServiceHarness): string[] {
  return svc.published(topicFor('allocation')).map((e) => e.type.replace(/^hpc-access\.allocation\./, '').replace(/\.v1$/, ''));
}

export function publishedOf(svc: ServiceHarness, name: string): Array<Record<string, unknown>> {
  return svc.published(topicFor('allocation')).filter((e) => e.type === `hpc-access.allocation.${name}.v1`).map((e) => e.data);
}

export const bearer = async (svc: ServiceHarness, role: string, extra: { userId?: string; organisationId?: string; siteId?: string } = {}) => `Bearer ${await svc.token(role, extra)}`;

/** A token of the site hosting `system` (or of one of its technical assessors). */
export const siteBearer = (svc: ServiceHarness, system: string, role: 'site' | 'technical-assessor' = 'site', userId = `${role}-${system}`) =>
  bearer(svc, role, { userId, siteId: hostingSiteOf(system) });

/** An application taken all the way to its award; returns the allocation id. */
export async function awarded(svc: ServiceHarness, organisationId: string, request: Request = {}): Promise<{ applicationId: string; allocationId: string }> {
  const applicationId = await eligible(svc, organisationId, request);
  const response = await assess(svc, applicationId);
  if (response.status !== 200) throw new Error(`assessment failed: ${JSON.stringify(response.body)}`);
  await ethics(svc, applicationId, organisationId);
  const award = publishedOf(svc, 'AllocationAwarded').find((a) => a.applicationId === applicationId);
  if (!award) throw new Error(`no award for ${applicationId}`);
  return { applicationId, allocationId: String(award.allocationId) };
}
