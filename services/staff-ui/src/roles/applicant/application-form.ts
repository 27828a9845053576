import type { Schemas } from '../../api/client';

export const PRINCIPLES = ['humanAgency', 'privacyAndDataGovernance', 'fairness', 'wellbeing', 'transparency', 'accountabilityAndOversight'] as const;
export type Principle = (typeof PRINCIPLES)[number];
export type Assessment = 'no-issue' | 'issue-mitigated' | 'issue-open';

/**
 * The form's values. Paths mirror the API's body (`proposal.gpuHours`), so a problem+json field
 * error lands on the input of the same name (forms/problem-to-form.ts). Empty inputs are '' and
 * become "not given" in a draft: a draft may be incomplete; submitting it is what needs every field.
 */
export interface ApplicationFormValues {
  proposal: {
    title: string;
    projectSummary: string;
    modelKind: string | null;
    trainingComputeFlop: string;
    mode: string | null;
    system: string | null;
    partition: string | null;
    gpuHours: number | string;
    durationMonths: number | string;
    startDate: string | null;
    monthlyUsagePlan: string;
    dataSources: { description: string; personalData: boolean; copyrightedMaterial: boolean; tdmOptOutsHonoured: boolean };
    civilianUse: boolean;
    openSourceIntention: string | null;
    ethicsSelfAssessment: {
      issueCategories: string;
      prohibitedPractice: boolean;
      principles: Record<Principle, { assessment: Assessment; explanation: string }>;
    };
  };
}

/** Every path of the form, for mapping problem+json field errors. */
export const APPLICATION_FORM_FIELDS: readonly string[] = [
  'proposal',
  ...['title', 'projectSummary', 'modelKind', 'trainingComputeFlop', 'mode', 'system', 'partition', 'gpuHours', 'durationMonths', 'startDate', 'monthlyUsagePlan', 'dataSources', 'civilianUse', 'openSourceIntention', 'ethicsSelfAssessment'].map((f) => `proposal.${f}`),
  ...['description', 'personalData', 'copyrightedMaterial', 'tdmOptOutsHonoured'].map((f) => `proposal.dataSources.${f}`),
  'proposal.ethicsSelfAssessment.issueCategories',
  'proposal.ethicsSelfAssessment.prohibitedPractice',
  ...PRINCIPLES.flatMap((p) => [`proposal.ethicsSelfAssessment.principles.${p}.assessment`, `proposal.ethicsSelfAssessment.principles.${p}.explanation`]),
];

export function emptyApplicationForm(): ApplicationFormValues {
  return {
    proposal: {
      title: '',
      projectSummary: '',
      modelKind: null,
      trainingComputeFlop: '',
      mode: null,
      system: null,
      partition: null,
      gpuHours: '',
      durationMonths: '',
      startDate: null,
      monthlyUsagePlan: '',
      dataSources: { description: '', personalData: false, copyrightedMaterial: false, tdmOptOutsHonoured: true },
      civilianUse: true,
      openSourceIntention: null,
      ethicsSelfAssessment: {
        issueCategories: '',
        prohibitedPractice: false,
        principles: Object.fromEntries(PRINCIPLES.map((p) => [p, { assessment: 'no-issue' as Assessment, explanation: '' }])) as Record<Principle, { assessment: Assessment; explanation: string }>,
      },
    },
  };
}

type DraftProposal = Schemas['DraftProposalDto'];

const given = (value: string | null | undefined): value is string => value !== null && value !== undefined && value.trim() !== '';

/** The draft the API takes: only what was given (a draft may be incomplete). */
export function toDraftProposal(values: ApplicationFormValues): DraftProposal {
  const p = values.proposal;
  const draft: DraftProposal = {};
  if (given(p.title)) draft.title = p.title.trim();
  if (given(p.projectSummary)) draft.projectSummary = p.projectSummary.trim();
  if (given(p.modelKind)) draft.modelKind = p.modelKind as DraftProposal['modelKind'];
  if (given(p.trainingComputeFlop)) draft.trainingComputeFlop = Number(p.trainingComputeFlop);
  if (given(p.mode)) draft.mode = p.mode as DraftProposal['mode'];
  if (given(p.system)) draft.system = p.system;
  if (given(p.partition)) draft.partition = p.partition;
  if (p.gpuHours !== '') draft.gpuHours = Number(p.gpuHours);
  if (p.durationMonths !== '') draft.durationMonths = Number(p.durationMonths);
  if (given(p.startDate)) draft.startDate = p.startDate;
  if (given(p.monthlyUsagePlan)) draft.monthlyUsagePlan = parsePlan(p.monthlyUsagePlan) ?? [];
  if (given(p.dataSources.description)) draft.dataSources = { ...p.dataSources, description: p.dataSources.description.trim() };
  draft.civilianUse = p.civilianUse;
  if (given(p.openSourceIntention)) draft.openSourceIntention = p.openSourceIntention as DraftProposal['openSourceIntention'];
  const principles = p.ethicsSelfAssessment.principles;
  if (PRINCIPLES.every((principle) => given(principles[principle].explanation))) {
    draft.ethicsSelfAssessment = {
      issueCategories: p.ethicsSelfAssessment.issueCategories.split(',').map((c) => c.trim()).filter(Boolean),
      prohibitedPractice: p.ethicsSelfAssessment.prohibitedPractice,
      principles: Object.fromEntries(PRINCIPLES.map((principle) => [principle, { assessment: principles[principle].assessment, explanation: principles[principle].explanation.trim() }])) as Schemas['PrinciplesDto'],
    };
  }
  return draft;
}

/** The form's values from an application the API returned (to continue a draft). */
export function fromProposalView(view: Schemas['ProposalView']): ApplicationFormValues {
  const values = emptyApplicationForm();
  const p = values.proposal;
  p.title = view.title ?? '';
  p.projectSummary = view.projectSummary ?? '';
  p.modelKind = view.modelKind ?? null;
  p.trainingComputeFlop = view.trainingComputeFlop === null || view.trainingComputeFlop === undefined ? '' : String(view.trainingComputeFlop);
  p.mode = view.mode ?? null;
  p.system = view.system ?? null;
  p.partition = view.partition ?? null;
  p.gpuHours = view.gpuHours ?? '';
  p.durationMonths = view.durationMonths ?? '';
  p.startDate = view.startDate ? view.startDate.slice(0, 10) : null;
  p.monthlyUsagePlan = (view.monthlyUsagePlan ?? []).join(', ');
  if (view.dataSources) p.dataSources = { ...view.dataSources };
  if (view.civilianUse !== null && view.civilianUse !== undefined) p.civilianUse = view.civilianUse;
  p.openSourceIntention = view.openSourceIntention ?? null;
  const ethics = view.ethicsSelfAssessment;
  if (ethics) {
    p.ethicsSelfAssessment.issueCategories = ethics.issueCategories.join(', ');
    p.ethicsSelfAssessment.prohibitedPractice = ethics.prohibitedPractice;
    for (const principle of PRINCIPLES) {
      const answer = (ethics.principles as Record<string, { assessment: Assessment; explanation: string } | undefined>)[principle];
      if (answer) p.ethicsSelfAssessment.principles[principle] = { assessment: answer.assessment, explanation: answer.explanation };
    }
  }
  return values;
}

/** `"100, 200,300"` -> [100, 200, 300]; null when any entry is not a whole number of 0 or more. */
export function parsePlan(text: string): number[] | null {
  const parts = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (parts.some((s) => !/^\d+$/.test(s))) return null;
  return parts.map(Number);
}

/** GPU-hours spread over the months, the remainder on the first months: the plan adds up to the total. */
export function spreadEvenly(gpuHours: number, months: number): number[] {
  if (!Number.isInteger(gpuHours) || !Number.isInteger(months) || months < 1 || gpuHours < 0) return [];
  const base = Math.floor(gpuHours / months);
  const remainder = gpuHours - base * months;
  return Array.from({ length: months }, (_, i) => base + (i < remainder ? 1 : 0));
}

export interface ModeLimits {
  minGpuHours: number;
  maxGpuHours: number;
  durationsMonths: number[];
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Validation as the applicant types: the formats and ranges the API checks (DraftProposalDto)
 * and the mode's limits from the programme rules. Required fields are the API's to name at
 * submission: a draft may be saved half done.
 */
export function applicationValidators(t: Translate, rules: { modes?: Record<string, ModeLimits>; partitionsOf?: (system: string) => string[] | undefined }) {
  return {
    proposal: {
      title: (v: string) => (v !== '' && (v.trim().length < 3 || v.length > 200) ? t('validation.titleLength') : null),
      projectSummary: (v: string) => (v !== '' && (v.trim().length < 10 || v.length > 10000) ? t('validation.summaryLength') : null),
      trainingComputeFlop: (v: string) => (v !== '' && !(Number.isFinite(Number(v)) && Number(v) >= 0) ? t('validation.flop') : null),
      partition: (v: string | null, values: ApplicationFormValues) => {
        const system = values.proposal.system;
        const known = system ? rules.partitionsOf?.(system) : undefined;
        return v && known && !known.includes(v) ? t('validation.partitionOfSystem') : null;
      },
      gpuHours: (v: number | string, values: ApplicationFormValues) => {
        if (v === '') return null;
        const n = Number(v);
        if (!Number.isInteger(n)) return t('validation.wholeNumber');
        if (n < 1) return t('validation.atLeastOne');
        const mode = values.proposal.mode;
        const limits = mode ? rules.modes?.[mode] : undefined;
        if (limits && (n < limits.minGpuHours || n > limits.maxGpuHours)) return t('validation.gpuHoursRange', { mode: t(`mode.${mode}`, { ns: 'translation' }), min: limits.minGpuHours, max: limits.maxGpuHours });
        return null;
      },
      durationMonths: (v: number | string, values: ApplicationFormValues) => {
        if (v === '') return null;
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 36) return t('validation.durationRange');
        const mode = values.proposal.mode;
        const limits = mode ? rules.modes?.[mode] : undefined;
        if (limits && !limits.durationsMonths.includes(n)) return t('validation.durationForMode', { mode: t(`mode.${mode}`, { ns: 'translation' }), durations: limits.durationsMonths.join(', ') });
        return null;
      },
      startDate: (v: string | null) => (v && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(v) ? t('validation.date') : null),
      monthlyUsagePlan: (v: string, values: ApplicationFormValues) => {
        if (v.trim() === '') return null;
        const plan = parsePlan(v);
        if (!plan) return t('validation.monthlyPlan');
        const months = Number(values.proposal.durationMonths);
        if (Number.isInteger(months) && months > 0 && plan.length !== months) return t('validation.monthlyPlanLength', { months });
        return null;
      },
    },
  };
}
