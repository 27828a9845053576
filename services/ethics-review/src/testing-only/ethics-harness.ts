import { IntakeEvents, topicFor, type ApplicationDossier } from '@hpc-access/contracts';
import { startServiceHarness, type ServiceHarness } from '@hpc-access/service-testing';
import { eventually } from '@hpc-access/testing';
import { EthicsReviewModule } from '../ethics-review.module';
import { EthicsReviewRuntime } from '../ethics-review-runtime';
import { PRINCIPLES, dossier } from './case-spec-fixtures';

export { PRINCIPLES, dossier };

export const startEthicsReview = (): Promise<ServiceHarness> =>
  startServiceHarness({ module: ({ db, bus, clock }) => EthicsReviewModule.register({ db, bus, clock }), runtimes: [EthicsReviewRuntime] });

/** Bearer tokens of the people of a case: two chairs, reviewers, the applicant, the auditor. */
export async function people(svc: ServiceHarness) {
  const reviewers = new Map<string, Promise<string>>();
  const bearer = async (role: string, userId: string, organisationId?: string) => `Bearer ${await svc.token(role, { userId, ...(organisationId ? { organisationId } : {}) })}`;
  return {
    chair: await bearer('ethics-chair', 'chair-1', 'ethics-office'),
    chair2: await bearer('ethics-chair', 'chair-2', 'ethics-office'),
    admin: await bearer('administrator', 'admin-1'),
    auditor: await bearer('auditor', 'auditor-1'),
    applicant: await bearer('applicant', 'applicant-1', 'org-nova'),
    otherApplicant: await bearer('applicant', 'applicant-2', 'org-other'),
    /** Signed once per reviewer: the dev identity provider signs each token, which takes a moment. */
    reviewer: (id: string): Promise<string> => {
      if (!reviewers.has(id)) reviewers.set(id, bearer('ethics-reviewer', id, `${id}-uni`));
      return reviewers.get(id) as Promise<string>;
    },
  };
}

/** Intake found the application eligible: what opens a case. */
export async function screenedEligible(svc: ServiceHarness, applicationId: string, overrides: Partial<ApplicationDossier> = {}, organisationId = 'org-nova'): Promise<void> {
  await svc.publish(IntakeEvents.ApplicationScreened, applicationId, { applicationId, organisationId, outcome: 'eligible', reasons: [], dossier: dossier(overrides) });
  await svc.settle();
}

export const ratingsBody = (comment = 'looks fine') => ({ ratings: PRINCIPLES.map((principle) => ({ principle, rating: 'no-issue', comment: `${principle}: ${comment}` })) });

/** What ethics review published about one application, once the relay has caught up. */
export async function publishedFor(svc: ServiceHarness, applicationId: string, count: number) {
  return eventually(() => {
    const events = svc.published(topicFor('ethics-review')).filter((e) => e.subject === applicationId);
    if (events.length < count) throw new Error(`expected ${count} events for ${applicationId}, got ${events.length}`);
    return events;
  });
}

/** Registers reviewers as the chair. */
export async function registerReviewers(svc: ServiceHarness, chair: string, ids: string[]): Promise<void> {
  for (const reviewerId of ids) {
    await svc.http.post('/api/ethics/reviewers').set('Authorization', chair).send({ reviewerId, organisationId: `${reviewerId}-uni`, expertise: ['privacy'] }).expect(201);
  }
}
