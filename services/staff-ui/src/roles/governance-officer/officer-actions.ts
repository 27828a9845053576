import type { Schemas } from '../../api/client';

type Organisation = Schemas['OrganisationPledgeView'];
type Obligation = Schemas['ObligationView'];
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The API's bound on a reason or a note (ReasonDto, BreachDecisionDto). */
export const REASON_MAX = 2000;

/** The stream revision as the ETag the API compares If-Match with. */
export const ifMatch = (revision: number) => `"${revision}"`;

export interface ReasonValues {
  reason: string;
}
export const REASON_FIELDS = ['reason'] as const;

export function reasonValidators(t: Translate) {
  return { reason: (value: string) => (value.trim().length === 0 || value.trim().length > REASON_MAX ? t('actions.reasonRequired') : null) };
}

export interface SuspensionValues extends ReasonValues {
  /** '' when the suspension answers no particular breach (a withdrawn or lapsed pledge). */
  breachId: string;
}
export const SUSPENSION_FIELDS = ['reason', 'breachId'] as const;

export function toSuspension(values: SuspensionValues): Schemas['SuspensionDto'] {
  return { reason: values.reason.trim(), ...(values.breachId ? { breachId: values.breachId } : {}) };
}

/** The breaches a suspension may name: those not remedied (the API refuses a remedied one). */
export const openBreachesOf = (o: Pick<Organisation, 'breaches'>) => o.breaches.filter((b) => b.remediedAt === null);

/**
 * Why the API would refuse to suspend now (the service's rule, RequestSuspension): already
 * suspended, or no ground (no open breach and the pledge in force). Empty: the officer may.
 */
export function suspensionBlockers(o: Pick<Organisation, 'suspended' | 'breaches' | 'status'>): string[] {
  if (o.suspended) return ['alreadySuspended'];
  const grounds = openBreachesOf(o).length > 0 || o.status === 'withdrawn' || o.status === 'lapsed';
  return grounds ? [] : ['noGrounds'];
}

/** Why lifting the suspension would be refused (RequestReinstatement): every breach remedied and the current pledge signed. */
export function reinstatementBlockers(o: Pick<Organisation, 'suspended' | 'breaches' | 'status'>): string[] {
  if (!o.suspended) return ['notSuspended'];
  return [...(openBreachesOf(o).length > 0 ? ['breachesOpen'] : []), ...(o.status !== 'signed' ? ['pledgeNotSigned'] : [])];
}

/** What the officer can do about one obligation: judge evidence in, or report an overdue one as a breach before its grace period ends. */
export function obligationActions(ob: Pick<Obligation, 'status' | 'overdue'>, o: Pick<Organisation, 'breaches'>, obligationId: string): Array<'accept' | 'reject' | 'report'> {
  if (ob.status === 'evidence-submitted') return ['accept', 'reject'];
  const breached = o.breaches.some((b) => b.cause === 'obligation-overdue' && b.ref === obligationId);
  return ob.status === 'open' && ob.overdue && !breached ? ['report'] : [];
}

/** Rejected past its due date, the obligation is overdue at once (the service's rule): the officer is told before. */
export const rejectionMakesOverdue = (ob: Pick<Obligation, 'dueAt'>, now: Date) => now.getTime() >= Date.parse(ob.dueAt);

export interface BreachReportValues {
  description: string;
  /** One https link a line. */
  evidenceLinks: string;
}
export const BREACH_REPORT_FIELDS = ['description', 'evidenceLinks'] as const;

const linksOf = (text: string) =>
  text
    .split(/\s+/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

export function toBreachReport(organisationId: string, values: BreachReportValues): Schemas['FileBreachReportDto'] {
  return { organisationId, description: values.description.trim(), evidenceLinks: linksOf(values.evidenceLinks) };
}

export function breachReportValidators(t: Translate) {
  return {
    description: (value: string) => (value.trim().length === 0 || value.trim().length > REASON_MAX ? t('actions.descriptionRequired') : null),
    evidenceLinks: (value: string) => {
      const links = linksOf(value);
      if (links.length > 20) return t('actions.tooManyLinks');
      const bad = links.find((l) => !/^https:\/\/[^\s/]+\.[^\s]+$/.test(l));
      return bad ? t('actions.linkNotHttps', { link: bad }) : null;
    },
  };
}

/** A report about an overdue obligation starts from what the officer knows: the condition, since when. */
export function reportOfObligation(ob: Pick<Obligation, 'text' | 'obligationId' | 'overdueSince' | 'applicationId'>, t: Translate): string {
  return t('actions.obligationReport', { text: ob.text, id: ob.obligationId, application: ob.applicationId, since: ob.overdueSince?.slice(0, 10) ?? '' });
}
