import type { AccessMode } from '../../programme/programme-rules';

export const ETHICS_PRINCIPLES = [
  'humanAgency',
  'privacyAndDataGovernance',
  'fairness',
  'wellbeing',
  'transparency',
  'accountabilityAndOversight',
] as const;
export type EthicsPrinciple = (typeof ETHICS_PRINCIPLES)[number];

export const MODEL_KINDS = ['language', 'vision', 'multimodal', 'other'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

export interface PrincipleAnswer {
  /** The applicant's own view: does the project raise an issue under this principle? */
  assessment: 'no-issue' | 'issue-mitigated' | 'issue-open';
  explanation: string;
}

export interface EthicsSelfAssessment {
  issueCategories: string[];
  /** AI Act Article 5 prohibited practice declared by the applicant: refused at ethics review. */
  prohibitedPractice: boolean;
  principles: Record<EthicsPrinciple, PrincipleAnswer>;
}

export interface DataSources {
  description: string;
  personalData: boolean;
  copyrightedMaterial: boolean;
  tdmOptOutsHonoured: boolean;
}

/** Everything an application asks for (DOMAIN.md lifecycle step 2). */
export interface Proposal {
  title: string;
  mode: AccessMode;
  system: string;
  partition: string;
  gpuHours: number;
  durationMonths: number;
  startDate: string;
  projectSummary: string;
  modelKind: ModelKind;
  trainingComputeFlop: number;
  dataSources: DataSources;
  civilianUse: boolean;
  openSourceIntention: 'yes' | 'no' | 'partial';
  monthlyUsagePlan: number[];
  ethicsSelfAssessment: EthicsSelfAssessment;
}

export type DraftProposal = Partial<Proposal>;

export const REQUIRED_PROPOSAL_FIELDS: readonly (keyof Proposal)[] = [
  'title', 'mode', 'system', 'partition', 'gpuHours', 'durationMonths', 'startDate', 'projectSummary', 'modelKind',
  'trainingComputeFlop', 'dataSources', 'civilianUse', 'openSourceIntention', 'monthlyUsagePlan', 'ethicsSelfAssessment',
];

/** The first required field a draft still lacks, or null when it can be submitted. */
export function missingField(draft: DraftProposal): keyof Proposal | null {
  return REQUIRED_PROPOSAL_FIELDS.find((field) => draft[field] === undefined || draft[field] === null) ?? null;
}
