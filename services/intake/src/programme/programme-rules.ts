/** The programme's configuration as the domain reads it (seeded from infra/seed/programme.json). */
export type AccessMode = 'playground' | 'fast-lane' | 'large-scale';
export const ACCESS_MODES: readonly AccessMode[] = ['playground', 'fast-lane', 'large-scale'];

export interface ModeRules {
  code: string;
  minGpuHours: number;
  maxGpuHours: number;
  durationsMonths: number[];
  targetWorkingDays: number;
  intake: 'continuous' | 'cut-off';
}

export interface PartitionInfo {
  id: string;
  nodes: number;
  gpusPerNode: number;
  gpu: string;
}

export interface SystemInfo {
  id: string;
  name: string;
  site: string;
  partitions: PartitionInfo[];
}

export interface ProgrammeRules {
  programmeCode: string;
  sme: { maxStaff: number; maxTurnoverEurM: number; maxBalanceSheetEurM: number };
  eligibleCountries: Record<string, string[]>;
  modes: Record<AccessMode, ModeRules>;
  systems: SystemInfo[];
}
