import type { ProgrammeRules } from '../../programme/programme-rules';
import type { SmeFacts } from '../../organisations/domain/organisation';
import type { Proposal } from './proposal';

/** What the automatic screening looks at besides the application itself. */
export interface ScreeningFacts {
  organisation: { country: string; sme: SmeFacts } | null;
  pledgeSigned: boolean;
  /** Why the organisation is barred from new calls, or null. */
  barred?: string | null;
  /** Why governance holds the organisation back (a suspension in force, a breach not remedied), or null. */
  governanceHold?: string | null;
}

export interface CheckResult {
  rule: EligibilityRule;
  passed: boolean;
  reason: string;
}

export type EligibilityRule =
  | 'established-in-eligible-country'
  | 'sme-status'
  | 'within-mode-limits'
  | 'duration-allowed-for-mode'
  | 'known-system-and-partition'
  | 'pledge-signed'
  | 'civilian-use'
  | 'not-barred'
  | 'in-good-standing-with-governance';

type Rule = (proposal: Proposal, facts: ScreeningFacts, rules: ProgrammeRules) => CheckResult;

const establishedInEligibleCountry: Rule = (_, facts, rules) => {
  const country = facts.organisation?.country;
  const passed = country !== undefined && Object.values(rules.eligibleCountries).some((list) => list.includes(country));
  return { rule: 'established-in-eligible-country', passed, reason: passed ? `established in ${country}` : `${country ?? 'unknown country'} is not an EU Member State, EuroHPC participating state or associated country` };
};

/** EU SME definition: staff headcount and turnover or balance sheet (thresholds from configuration). */
export function isSme(sme: SmeFacts, rules: Pick<ProgrammeRules, 'sme'>): boolean {
  return sme.staff <= rules.sme.maxStaff && (sme.turnoverEurM <= rules.sme.maxTurnoverEurM || sme.balanceSheetEurM <= rules.sme.maxBalanceSheetEurM);
}

const smeStatus: Rule = (_, facts, rules) => {
  const sme = facts.organisation?.sme;
  const passed = sme !== undefined && isSme(sme, rules);
  return {
    rule: 'sme-status',
    passed,
    reason: passed
      ? 'start-up or SME'
      : `not an SME: needs fewer than ${rules.sme.maxStaff + 1} staff and turnover up to EUR ${rules.sme.maxTurnoverEurM} M or balance sheet up to EUR ${rules.sme.maxBalanceSheetEurM} M`,
  };
};

const withinModeLimits: Rule = (proposal, _, rules) => {
  const mode = rules.modes[proposal.mode];
  const passed = proposal.gpuHours >= mode.minGpuHours && proposal.gpuHours <= mode.maxGpuHours;
  return { rule: 'within-mode-limits', passed, reason: passed ? `${proposal.gpuHours} GPU-hours within ${proposal.mode} limits` : `${proposal.mode} allows ${mode.minGpuHours} to ${mode.maxGpuHours} GPU-hours, ${proposal.gpuHours} requested` };
};

const durationAllowed: Rule = (proposal, _, rules) => {
  const allowed = rules.modes[proposal.mode].durationsMonths;
  const passed = allowed.includes(proposal.durationMonths);
  return { rule: 'duration-allowed-for-mode', passed, reason: passed ? `${proposal.durationMonths} months allowed` : `${proposal.mode} allows ${allowed.join(', ')} months, ${proposal.durationMonths} requested` };
};

const knownSystemAndPartition: Rule = (proposal, _, rules) => {
  const system = rules.systems.find((s) => s.id === proposal.system);
  const passed = system?.partitions.some((p) => p.id === proposal.partition) ?? false;
  return { rule: 'known-system-and-partition', passed, reason: passed ? `${system?.name} ${proposal.partition}` : `${proposal.system}/${proposal.partition} is not a partition of the programme` };
};

const pledgeSigned: Rule = (_, facts) => ({
  rule: 'pledge-signed',
  passed: facts.pledgeSigned,
  reason: facts.pledgeSigned ? 'governance pledge signed' : 'the organisation has not signed the current governance pledge',
});

const notBarred: Rule = (_, facts) => ({
  rule: 'not-barred',
  passed: !facts.barred,
  reason: facts.barred ? `the organisation is barred from new calls: ${facts.barred}` : 'not barred from new calls',
});

const inGoodStandingWithGovernance: Rule = (_, facts) => ({
  rule: 'in-good-standing-with-governance',
  passed: !facts.governanceHold,
  reason: facts.governanceHold ? `the organisation is held back by governance: ${facts.governanceHold}` : 'not suspended by governance, no breach open',
});

const civilianUse: Rule = (proposal) => ({
  rule: 'civilian-use',
  passed: proposal.civilianUse === true,
  reason: proposal.civilianUse ? 'civilian use declared' : 'the programme supports civilian use only',
});

const RULES: readonly Rule[] = [establishedInEligibleCountry, smeStatus, withinModeLimits, durationAllowed, knownSystemAndPartition, pledgeSigned, civilianUse, notBarred, inGoodStandingWithGovernance];

/** Runs every automatic eligibility rule (DOMAIN.md step 3); the officer confirms the outcome. */
export function runEligibilityChecks(proposal: Proposal, facts: ScreeningFacts, rules: ProgrammeRules): CheckResult[] {
  return RULES.map((rule) => rule(proposal, facts, rules));
}
