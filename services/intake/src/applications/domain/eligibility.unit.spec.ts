import type { CommandContext } from '../../command-context';
import { loadProgrammeRules } from '../../programme/programme-config';
import type { AccessMode } from '../../programme/programme-rules';
import { deciderSpec } from '@hpc-access/testing';
import type { ApplicationEvent, ScreeningStarted } from './application';
import { applicationDecider, type StartScreening } from './application.decide';
import type { EligibilityRule, ScreeningFacts } from './eligibility';
import { ETHICS_PRINCIPLES, type Proposal } from './proposal';

// Every automatic eligibility rule (DOMAIN.md step 3), passing and failing, against the seeded
// programme configuration, as the checks a StartScreening records.

const rules = loadProgrammeRules();
const now = new Date('2026-11-02T09:00:00Z');
const officer: CommandContext = { now, actor: { id: 'user-officer-1', role: 'intake-officer' } };

const proposal: Proposal = {
  title: 'Vision model for crop disease detection',
  mode: 'playground',
  system: 'leonardo',
  partition: 'booster',
  gpuHours: 5000,
  durationMonths: 3,
  startDate: '2026-12-01',
  projectSummary: 'Training a vision transformer on drone imagery.',
  modelKind: 'vision',
  trainingComputeFlop: 2e19,
  dataSources: { description: 'own drone images', personalData: false, copyrightedMaterial: false, tdmOptOutsHonoured: true },
  civilianUse: true,
  openSourceIntention: 'partial',
  monthlyUsagePlan: [1000, 2000, 2000],
  ethicsSelfAssessment: {
    issueCategories: [],
    prohibitedPractice: false,
    principles: Object.fromEntries(ETHICS_PRINCIPLES.map((p) => [p, { assessment: 'no-issue', explanation: 'none identified' }])) as Proposal['ethicsSelfAssessment']['principles'],
  },
};
const sme = { staff: 40, turnoverEurM: 6, balanceSheetEurM: 4 };
const facts: ScreeningFacts = { organisation: { country: 'IT', sme }, pledgeSigned: true };

const RULES: EligibilityRule[] = [
  'established-in-eligible-country',
  'sme-status',
  'within-mode-limits',
  'duration-allowed-for-mode',
  'known-system-and-partition',
  'pledge-signed',
  'civilian-use',
  'not-barred',
  'in-good-standing-with-governance',
];

const spec = deciderSpec(applicationDecider(rules));

/** given a submitted application (the proposal with `changes`), when an officer starts screening with `factChanges`. */
const screening = (changes: Partial<Proposal> = {}, factChanges: Partial<ScreeningFacts> = {}) => {
  const submitted = { ...proposal, ...changes };
  const given: ApplicationEvent[] = [
    { type: 'ApplicationDrafted', data: { applicationId: 'app-1', organisationId: 'org-1', proposal: submitted, draftedAt: '2026-10-20T08:00:00.000Z' } },
    { type: 'ApplicationSubmitted', data: { applicationId: 'app-1', organisationId: 'org-1', proposal: submitted, submittedAt: '2026-10-22T08:00:00.000Z' } },
  ];
  const command: StartScreening = { type: 'StartScreening', data: { facts: { ...facts, ...factChanges } }, context: officer };
  return spec.given(given).when(command);
};

/** Screening starts with exactly the named rules failed, every other rule passed. */
const thenOnlyFailing = (run: ReturnType<typeof screening>, ...failed: EligibilityRule[]) => {
  const [event] = run.then([
    {
      type: 'ScreeningStarted',
      data: {
        applicationId: 'app-1',
        checks: RULES.map((rule) => ({ rule, passed: !failed.includes(rule), reason: expect.any(String) })),
        startedAt: '2026-11-02T09:00:00.000Z',
      },
    },
  ]) as ScreeningStarted[];
  return (rule: EligibilityRule): string => event.data.checks.find((c) => c.rule === rule)?.reason ?? '';
};

it('an application of an eligible SME within the limits of its mode passes every automatic check', () => {
  thenOnlyFailing(screening());
});

describe('established in an eligible country', () => {
  it.each([
    ['an EU Member State', 'euMemberStates', 'FI'],
    ['a EuroHPC participating state', 'euroHpcParticipatingStates', 'NO'],
    ['a country associated to Horizon Europe or Digital Europe', 'horizonEuropeAssociated', 'UA'],
  ])('an organisation established in %s passes', (_, list, country) => {
    expect(rules.eligibleCountries[list]).toContain(country);
    const reasonOf = thenOnlyFailing(screening({}, { organisation: { country, sme } }));
    expect(reasonOf('established-in-eligible-country')).toBe(`established in ${country}`);
  });

  it('an organisation established in the United States fails, and the reason names the country', () => {
    const reasonOf = thenOnlyFailing(screening({}, { organisation: { country: 'US', sme } }), 'established-in-eligible-country');
    expect(reasonOf('established-in-eligible-country')).toContain('US is not an EU Member State');
  });

  it('an organisation that cannot be found fails both the country and the SME checks', () => {
    thenOnlyFailing(screening({}, { organisation: null }), 'established-in-eligible-country', 'sme-status');
  });
});

describe('SME status', () => {
  it('an organisation with 249 staff is an SME', () => {
    thenOnlyFailing(screening({}, { organisation: { country: 'IT', sme: { ...sme, staff: 249 } } }));
  });

  it('an organisation with 250 staff is not an SME', () => {
    const reasonOf = thenOnlyFailing(screening({}, { organisation: { country: 'IT', sme: { ...sme, staff: 250 } } }), 'sme-status');
    expect(reasonOf('sme-status')).toContain('fewer than 250 staff');
  });

  it('an organisation with 250 staff is not an SME however small its turnover', () => {
    thenOnlyFailing(screening({}, { organisation: { country: 'IT', sme: { staff: 250, turnoverEurM: 1, balanceSheetEurM: 1 } } }), 'sme-status');
  });

  it('a turnover of EUR 50 M is within the SME limit even with a large balance sheet', () => {
    thenOnlyFailing(screening({}, { organisation: { country: 'IT', sme: { staff: 100, turnoverEurM: 50, balanceSheetEurM: 90 } } }));
  });

  it('a balance sheet of EUR 43 M is within the SME limit even with a large turnover', () => {
    thenOnlyFailing(screening({}, { organisation: { country: 'IT', sme: { staff: 100, turnoverEurM: 120, balanceSheetEurM: 43 } } }));
  });

  it('an organisation above both the turnover and the balance sheet limits is not an SME', () => {
    thenOnlyFailing(screening({}, { organisation: { country: 'IT', sme: { staff: 100, turnoverEurM: 50.1, balanceSheetEurM: 43.1 } } }), 'sme-status');
  });
});

describe('request within the limits of its mode', () => {
  it.each<[AccessMode, number, number]>([
    ['playground', 5000, 1],
    ['fast-lane', 10000, 3],
    ['fast-lane', 50000, 3],
    ['large-scale', 50001, 6],
    ['large-scale', 2400000, 12],
  ])('a %s request of %i GPU-hours passes', (mode, gpuHours, durationMonths) => {
    thenOnlyFailing(screening({ mode, gpuHours, durationMonths }));
  });

  it.each<[AccessMode, number, number, string]>([
    ['playground', 5001, 3, 'playground allows 1 to 5000 GPU-hours, 5001 requested'],
    ['fast-lane', 9999, 3, 'fast-lane allows 10000 to 50000 GPU-hours, 9999 requested'],
    ['fast-lane', 50001, 3, 'fast-lane allows 10000 to 50000 GPU-hours, 50001 requested'],
    ['large-scale', 50000, 6, 'large-scale allows 50001 to 2400000 GPU-hours, 50000 requested'],
    ['large-scale', 2400001, 12, 'large-scale allows 50001 to 2400000 GPU-hours, 2400001 requested'],
  ])('a %s request of %i GPU-hours fails', (mode, gpuHours, durationMonths, reason) => {
    const reasonOf = thenOnlyFailing(screening({ mode, gpuHours, durationMonths }), 'within-mode-limits');
    expect(reasonOf('within-mode-limits')).toBe(reason);
  });
});

describe('duration allowed for the mode', () => {
  it.each<[AccessMode, number, number]>([
    ['playground', 5000, 1],
    ['playground', 5000, 2],
    ['playground', 5000, 3],
    ['fast-lane', 20000, 1],
    ['fast-lane', 20000, 2],
    ['fast-lane', 20000, 3],
    ['large-scale', 100000, 3],
    ['large-scale', 100000, 6],
    ['large-scale', 100000, 12],
  ])('a %s project of %i GPU-hours over %i months passes', (mode, gpuHours, durationMonths) => {
    thenOnlyFailing(screening({ mode, gpuHours, durationMonths }));
  });

  it.each<[AccessMode, number, number]>([
    ['playground', 5000, 4],
    ['playground', 5000, 6],
    ['fast-lane', 20000, 6],
    ['large-scale', 100000, 1],
    ['large-scale', 100000, 2],
    ['large-scale', 100000, 9],
    ['large-scale', 100000, 24],
  ])('a %s project of %i GPU-hours over %i months fails', (mode, gpuHours, durationMonths) => {
    const reasonOf = thenOnlyFailing(screening({ mode, gpuHours, durationMonths }), 'duration-allowed-for-mode');
    expect(reasonOf('duration-allowed-for-mode')).toBe(`${mode} allows ${rules.modes[mode].durationsMonths.join(', ')} months, ${durationMonths} requested`);
  });
});

describe('known system and partition', () => {
  it.each(rules.systems.flatMap((s) => s.partitions.map((p) => [s.id, p.id])))('a request for %s/%s passes', (system, partition) => {
    thenOnlyFailing(screening({ system, partition }));
  });

  it('a request for a system outside the programme fails', () => {
    const reasonOf = thenOnlyFailing(screening({ system: 'frontier', partition: 'booster' }), 'known-system-and-partition');
    expect(reasonOf('known-system-and-partition')).toBe('frontier/booster is not a partition of the programme');
  });

  it('a request for a partition the chosen system does not have fails', () => {
    thenOnlyFailing(screening({ system: 'lumi', partition: 'booster' }), 'known-system-and-partition');
  });
});

describe('pledge signed', () => {
  it('an organisation that has not signed the pledge fails', () => {
    const reasonOf = thenOnlyFailing(screening({}, { pledgeSigned: false }), 'pledge-signed');
    expect(reasonOf('pledge-signed')).toBe('the organisation has not signed the current governance pledge');
  });
});

describe('civilian use', () => {
  it('an application that does not declare civilian use fails', () => {
    const reasonOf = thenOnlyFailing(screening({ civilianUse: false }), 'civilian-use');
    expect(reasonOf('civilian-use')).toBe('the programme supports civilian use only');
  });
});

describe('not barred', () => {
  it('an organisation barred for an overdue final report fails, and the reason says why', () => {
    const reasonOf = thenOnlyFailing(screening({}, { barred: 'final report of EHPC-AIF-2026PG01-0001 overdue' }), 'not-barred');
    expect(reasonOf('not-barred')).toBe('the organisation is barred from new calls: final report of EHPC-AIF-2026PG01-0001 overdue');
  });
});

describe('in good standing with governance', () => {
  it('an organisation suspended by governance, or with a breach not remedied, fails on its own rule, saying why', () => {
    const suspended = thenOnlyFailing(screening({}, { governanceHold: 'suspended by governance since 2026-11-01T09:00:00.000Z: breach confirmed' }), 'in-good-standing-with-governance');
    expect(suspended('in-good-standing-with-governance')).toBe('the organisation is held back by governance: suspended by governance since 2026-11-01T09:00:00.000Z: breach confirmed');
    thenOnlyFailing(screening({}, { governanceHold: 'breach of the pledge not remedied: attestation overdue' }), 'in-good-standing-with-governance');
  });
});

it('every failing rule is reported, not only the first', () => {
  thenOnlyFailing(
    screening({ mode: 'fast-lane', gpuHours: 9999, durationMonths: 6, system: 'frontier', civilianUse: false }, { organisation: { country: 'US', sme: { ...sme, staff: 250 } }, pledgeSigned: false, barred: 'final report overdue', governanceHold: 'suspended' }),
    ...RULES,
  );
});
