import type { ChangedEvent, ConfigurationState as StateOf, SeededEvent } from '@hpc-access/versioned-configuration';
import { CONFIGURATION_NAMES } from '@hpc-access/versioned-configuration';

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
  /**
   * How many days before its due date the organisation is reminded of an attestation. Absent in
   * configurations recorded before reminders existed (the start upgrades them from the seed).
   */
  attestationReminderDays?: number;
}

/** For a configuration recorded before reminders existed and not yet upgraded. */
export const DEFAULT_ATTESTATION_REMINDER_DAYS = 14;

export const attestationReminderDaysOf = (configuration: GovernanceConfiguration): number =>
  configuration.attestationReminderDays ?? DEFAULT_ATTESTATION_REMINDER_DAYS;

type Names = typeof CONFIGURATION_NAMES;
export type ConfigurationSeeded = SeededEvent<Names, GovernanceConfiguration, { seededAt: string }>;
export type ConfigurationChanged = ChangedEvent<Names, GovernanceConfiguration, { previous: GovernanceConfiguration; changedBy: string; changedAt: string }>;
export type ConfigurationEvent = ConfigurationSeeded | ConfigurationChanged;
export type ConfigurationState = StateOf<Names, GovernanceConfiguration>;

/** Governance keeps one configuration: one stream. */
export const CONFIGURATION_STREAM = 'governance-configuration';
