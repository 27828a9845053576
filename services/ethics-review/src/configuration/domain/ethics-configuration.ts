import type { AccessMode } from '@hpc-access/contracts';
import type { ConfigurationEvent as EventOf, ConfigurationState as StateOf } from '@hpc-access/versioned-configuration';

/** Every number ethics review works with: seeded at first start, changed by staff, each change an event. */
export interface EthicsSettings {
  /** Reviewers who must review a case of each access mode before the chair decides. */
  reviewersRequired: Record<AccessMode, number>;
  /** The ethics-by-design principles every review rates. */
  principles: string[];
  /** Days a condition runs when the chair gives no due date. */
  defaultConditionDueDays: number;
  /** Days an assigned reviewer has before the review is marked overdue. */
  reviewDueDays: number;
}

/** The names the stored events already carry. */
export const ETHICS_CONFIGURATION_NAMES = {
  key: 'settings',
  seed: 'SeedConfiguration',
  change: 'ChangeConfiguration',
  seeded: 'EthicsConfigurationSeeded',
  changed: 'EthicsConfigurationChanged',
} as const;

type Names = typeof ETHICS_CONFIGURATION_NAMES;
export type ConfigurationEvent = EventOf<Names, EthicsSettings, Record<never, never>, { changedBy: string }>;
export type ConfigurationState = StateOf<Names, EthicsSettings>;

/** One configuration per service: a single stream. */
export const CONFIGURATION_STREAM_ID = 'ethics-configuration';
