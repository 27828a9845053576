import type { NotificationFacts, NotificationKind } from '../shared/notification';

/**
 * The facts each kind of notification is rendered from: what the rules put in
 * `NotificationContent.facts`, and all the message catalogue may interpolate. Ids, numbers, dates and
 * outcomes only: never a name or an address (facts are stored in the clear).
 *
 * Conventions the renderer relies on:
 * - a fact whose name ends in `At` is an ISO 8601 date or timestamp, shown as a date in the language;
 * - `month` is `YYYY-MM`, shown as month and year;
 * - numbers are shown with the language's digit grouping;
 * - `string[]` facts (reasons) are joined, one after the other.
 * The due date is not a fact: it is `NotificationContent.dueBy`, set by the rules where the kind says so.
 */
export type FactsOf = {
  /** From intake's ApplicationScreened (information-requested) or ethics' EthicsInformationRequested. dueBy: optional. */
  'information-requested': { applicationId: string; requestedBy: 'intake' | 'ethics-review'; questionCount: number };
  /** From ApplicationScreened (eligible or ineligible; information-requested is its own kind). */
  'screening-outcome': { applicationId: string; outcome: 'eligible' | 'ineligible'; reasons: string[] };
  /** From EthicsDecided. dueBy: the earliest condition's due date when cleared with conditions. */
  'ethics-outcome': {
    applicationId: string;
    caseId: string;
    outcome: 'cleared' | 'cleared-with-conditions' | 'refused';
    conditionCount: number;
    reasons: string[];
  };
  /** From AllocationAwarded (`start`/`end` renamed: they are dates). */
  'allocation-awarded': {
    allocationId: string;
    applicationId: string;
    gpuHours: number;
    system: string;
    startAt: string;
    endAt: string;
  };
  /** From ApplicationNotFunded. */
  'application-not-funded': { applicationId: string; reason: string };
  /** From AllocationActivated. */
  'allocation-provisioned': { allocationId: string; projectId: string; system: string; partition: string; endAt: string };
  /** From UsageThresholdReached (75, 90, 100; at 100 or more the words change: the hours are spent). */
  'usage-threshold': { allocationId: string; thresholdPercent: number; chargedGpuHours: number; awardedGpuHours: number };
  /** From MonthlyQuotaExceeded. */
  'monthly-quota-exceeded': {
    allocationId: string;
    month: string;
    chargedGpuHours: number;
    quotaGpuHours: number;
    percentOfQuota: number;
  };
  /** From AllocationSuspended. */
  'allocation-suspended': { allocationId: string; reason: string };
  /** From AllocationResumed. */
  'allocation-resumed': { allocationId: string };
  /** From AttestationDueSoon. dueBy: dueAt. */
  'attestation-due': { organisationId: string; dueAt: string };
  /** From AttestationOverdue. dueBy: breachAt (the end of the grace period). */
  'attestation-overdue': { organisationId: string; dueAt: string; breachAt: string };
  /** From AllocationClosed. dueBy: finalReportDue. */
  'final-report-due': { allocationId: string; dueAt: string };
  /** From the final report's deadline passing without FinalReportSubmitted. dueBy: optional (a grace period, if any). */
  'final-report-overdue': { allocationId: string; dueAt: string };
  /** From ReviewerAssigned. dueBy: reviewDueAt. */
  'reviewer-assigned': { caseId: string; applicationId: string };
  /** From CutOffPassed. */
  'cut-off-ranked': { callId: string; cutOffAt: string; awarded: number; reserve: number; notFunded: number };
};

// Every kind has its facts, and every facts type fits what NotificationContent carries.
type Assert<T extends true> = T;
export type _EveryKindHasFacts = Assert<NotificationKind extends keyof FactsOf ? true : false>;
export type _FactsFitContent = Assert<FactsOf[NotificationKind] extends NotificationFacts ? true : false>;

/** The facts of each kind by name, for a check at run time (`missingFacts`). */
export const FACT_NAMES: { readonly [K in NotificationKind]: readonly (keyof FactsOf[K] & string)[] } = {
  'information-requested': ['applicationId', 'requestedBy', 'questionCount'],
  'screening-outcome': ['applicationId', 'outcome', 'reasons'],
  'ethics-outcome': ['applicationId', 'caseId', 'outcome', 'conditionCount', 'reasons'],
  'allocation-awarded': ['allocationId', 'applicationId', 'gpuHours', 'system', 'startAt', 'endAt'],
  'application-not-funded': ['applicationId', 'reason'],
  'allocation-provisioned': ['allocationId', 'projectId', 'system', 'partition', 'endAt'],
  'usage-threshold': ['allocationId', 'thresholdPercent', 'chargedGpuHours', 'awardedGpuHours'],
  'monthly-quota-exceeded': ['allocationId', 'month', 'chargedGpuHours', 'quotaGpuHours', 'percentOfQuota'],
  'allocation-suspended': ['allocationId', 'reason'],
  'allocation-resumed': ['allocationId'],
  'attestation-due': ['organisationId', 'dueAt'],
  'attestation-overdue': ['organisationId', 'dueAt', 'breachAt'],
  'final-report-due': ['allocationId', 'dueAt'],
  'final-report-overdue': ['allocationId', 'dueAt'],
  'reviewer-assigned': ['caseId', 'applicationId'],
  'cut-off-ranked': ['callId', 'cutOffAt', 'awarded', 'reserve', 'notFunded'],
};

/** Facts typed by kind: the rules write `factsOf('usage-threshold', {...})` and the compiler checks them. */
export function factsOf<K extends NotificationKind>(_kind: K, facts: FactsOf[K]): NotificationFacts {
  return facts;
}

/** The facts a notification lacks (a rule that forgot one): empty when it can be rendered in full. */
export function missingFacts(kind: NotificationKind, facts: NotificationFacts): string[] {
  return FACT_NAMES[kind].filter((name) => facts[name] === undefined);
}

/**
 * Variants of the words chosen by a fact (i18next's `context`): a key `whatHappened_<variant>` is
 * used when present, the plain key otherwise.
 */
export function variantOf(kind: NotificationKind, facts: NotificationFacts): string | undefined {
  switch (kind) {
    case 'information-requested':
      return String(facts.requestedBy);
    case 'screening-outcome':
    case 'ethics-outcome':
      return String(facts.outcome);
    case 'usage-threshold':
      return Number(facts.thresholdPercent) >= 100 ? 'exhausted' : undefined;
    default:
      return undefined;
  }
}

/** Every variant a kind can take, so a test can check that each has its words in every catalogue. */
export const VARIANTS: { readonly [K in NotificationKind]?: readonly string[] } = {
  'information-requested': ['intake', 'ethics-review'],
  'screening-outcome': ['eligible', 'ineligible'],
  'ethics-outcome': ['cleared', 'cleared-with-conditions', 'refused'],
  'usage-threshold': ['exhausted'],
};
