import type { AccessMode } from '@hpc-access/contracts';
import { CONFIGURATION_NAMES, type ConfigurationEvent as EventOf, type ConfigurationState as StateOf } from '@hpc-access/versioned-configuration';

/** Programme numbers allocation works with (DOMAIN.md): all configuration, each change an event. */
export interface PartitionConfiguration {
  id: string;
  gpu: string;
  nodes: number;
  gpusPerNode: number;
  /** What the programme may award per month: continuous modes (Playground + Fast Lane) and Large Scale apart. */
  monthlyCapacityGpuHours: { continuous: number; largeScale: number };
}

export interface SystemConfiguration {
  id: string;
  name: string;
  site: string;
  partitions: PartitionConfiguration[];
}

/** A hosting site: the identity a `site` or `technical-assessor` token names, and the systems it hosts. */
export interface SiteConfiguration {
  id: string;
  name: string;
  systems: string[];
}

export interface ModeConfiguration {
  /** PG, FL, LS: the mode code inside a project id. */
  code: string;
  targetWorkingDays: number;
}

export interface ScoreWeights {
  excellence: number;
  innovationAndImpact: number;
  implementation: number;
}

export interface AllocationConfiguration {
  programmeCode: string;
  holdLifetimeDays: number;
  finalReportDueMonths: number;
  /**
   * How long a suspended allocation keeps its capacity reserved (days); past it, its months from
   * the current one on go back to the pool, and a later resumption takes back what still fits.
   * Absent in configurations recorded before it existed: SUSPENSION_KEEPS_CAPACITY_DAYS then.
   */
  suspensionKeepsCapacityDays?: number;
  minimumPartialFraction: number;
  modes: Record<AccessMode, ModeConfiguration>;
  scoring: { weights: ScoreWeights; threshold: number };
  /** ISO dates that do not count as working days. */
  holidays: string[];
  systems: SystemConfiguration[];
  /**
   * Who hosts which system: what site tokens may act on (ARCHITECTURE.md section 9). Absent in
   * configurations recorded before sites existed; the next start adds the seed's (ADR 15).
   */
  sites: SiteConfiguration[];
}

type Names = typeof CONFIGURATION_NAMES;
export type ConfigurationEvent = EventOf<Names, AllocationConfiguration, { seededAt: string }, { changedAt: string }>;
export type ConfigurationState = StateOf<Names, AllocationConfiguration>;

export const CONFIGURATION_STREAM = 'allocation-configuration';

export const SUSPENSION_KEEPS_CAPACITY_DAYS = 30;
export const suspensionKeepsCapacityDays = (configuration: AllocationConfiguration): number => configuration.suspensionKeepsCapacityDays ?? SUSPENSION_KEEPS_CAPACITY_DAYS;

/** The systems a site hosts; none for a site the configuration does not know. */
export function systemsHostedBy(configuration: AllocationConfiguration, siteId: string): string[] {
  return (configuration.sites ?? []).find((site) => site.id === siteId)?.systems ?? [];
}

/** The partition's monthly capacity in the pool of a mode; undefined for an unknown partition. */
export function partitionOf(configuration: AllocationConfiguration, system: string, partition: string): PartitionConfiguration | undefined {
  return configuration.systems.find((s) => s.id === system)?.partitions.find((p) => p.id === partition);
}

export type CapacityPool = 'continuous' | 'large-scale';

export const poolOf = (mode: AccessMode): CapacityPool => (mode === 'large-scale' ? 'large-scale' : 'continuous');

export function monthlyCapacity(configuration: AllocationConfiguration, system: string, partition: string, pool: CapacityPool): number {
  const found = partitionOf(configuration, system, partition);
  if (!found) return 0;
  return pool === 'continuous' ? found.monthlyCapacityGpuHours.continuous : found.monthlyCapacityGpuHours.largeScale;
}
