import type { DomainEvent } from '@hpc-access/eventsourcing';

/** The programme numbers governance works with (DOMAIN.md step 9): seeded, then edited by staff. */
export interface GovernanceConfiguration {
  /** Attestations are due this many months apart, counted from the signature. */
  attestationPeriodMonths: number;
  /** How many days before its due date an attestation may be submitted. */
  attestationWindowDays: number;
  /** Days an attestation or obligation may be overdue before it becomes a breach. */
  gracePeriodDays: number;
  /** Days organisations have to sign a newly published pledge version. */
  resignPeriodDays: number;
  /** Declared compute or energy further than this from accounting's totals is flagged. */
  computeTolerancePercent: number;
}

// ---- events ----------------------------------------------------------------------------------
export type ConfigurationSeeded = DomainEvent<'ConfigurationSeeded', { configuration: GovernanceConfiguration; seededAt: string }>;
export type ConfigurationChanged = DomainEvent<'ConfigurationChanged', {
  configuration: GovernanceConfiguration;
  previous: GovernanceConfiguration;
  changedBy: string;
  changedAt: string;
}>;
export type ConfigurationEvent = ConfigurationSeeded | ConfigurationChanged;

// ---- state -----------------------------------------------------------------------------------
export interface ConfigurationState {
  configuration: GovernanceConfiguration | null;
}

export const initialConfigurationState = (): ConfigurationState => ({ configuration: null });

export function evolveConfiguration(_state: ConfigurationState, event: ConfigurationEvent): ConfigurationState {
  switch (event.type) {
    case 'ConfigurationSeeded':
    case 'ConfigurationChanged':
      return { configuration: event.data.configuration };
  }
}

/** Governance keeps one configuration: one stream. */
export const CONFIGURATION_STREAM = 'governance-configuration';
