import type { AccessMode } from '@hpc-access/contracts';

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

export type ConfigurationEvent =
  | { type: 'EthicsConfigurationSeeded'; data: { settings: EthicsSettings } }
  | { type: 'EthicsConfigurationChanged'; data: { settings: EthicsSettings; changedBy: string } };

export type ConfigurationState = { status: 'none' } | { status: 'set'; settings: EthicsSettings };

/** One configuration per service: a single stream. */
export const CONFIGURATION_STREAM_ID = 'ethics-configuration';

export const initialConfiguration = (): ConfigurationState => ({ status: 'none' });

export function evolveConfiguration(_state: ConfigurationState, event: ConfigurationEvent): ConfigurationState {
  return { status: 'set', settings: event.data.settings };
}
