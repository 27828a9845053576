import { conflict, invalid } from '@hpc-access/eventsourcing';
import {
  VersionedConfiguration,
  type ChangeCommand,
  type ChangedEvent,
  type ConfigurationState,
  type SeedCommand,
  type SeededEvent,
} from '@hpc-access/versioned-configuration';
import { ACCESS_MODES, type ProgrammeRules } from '../programme-rules';

// The programme's numbers are configuration, and a change of them is an event like any other:
// an auditor can see which limits were in force when an application was screened.
const NAMES = {
  key: 'rules',
  seed: 'SeedProgrammeConfiguration',
  change: 'ChangeProgrammeConfiguration',
  seeded: 'ProgrammeConfigurationSeeded',
  changed: 'ProgrammeConfigurationChanged',
} as const;
type Names = typeof NAMES;
type Reason = { reason: string };

export type ProgrammeConfigurationSeeded = SeededEvent<Names, ProgrammeRules, { seededAt: string }>;
export type ProgrammeConfigurationChanged = ChangedEvent<Names, ProgrammeRules, Reason & { changedAt: string }>;
export type ProgrammeConfigurationEvent = ProgrammeConfigurationSeeded | ProgrammeConfigurationChanged;

export type SeedProgrammeConfiguration = SeedCommand<Names, ProgrammeRules>;
export type ChangeProgrammeConfiguration = ChangeCommand<Names, ProgrammeRules, Reason>;
export type ProgrammeConfigurationCommand = SeedProgrammeConfiguration | ChangeProgrammeConfiguration;

export type ProgrammeConfigurationState = ConfigurationState<Names, ProgrammeRules>;

export const PROGRAMME_CONFIGURATION_STREAM = 'programme-configuration';

/** What makes a set of rules usable at all; the DTO checked the shape, this checks the sense. */
export function assertCoherent(rules: ProgrammeRules): void {
  for (const mode of ACCESS_MODES) {
    const m = rules.modes[mode];
    if (m.minGpuHours > m.maxGpuHours) throw invalid('limits-inverted', `${mode}: minGpuHours is above maxGpuHours`, `rules.modes.${mode}.minGpuHours`);
    if (m.durationsMonths.length === 0) throw invalid('no-durations', `${mode}: at least one duration is needed`, `rules.modes.${mode}.durationsMonths`);
  }
  const codes = ACCESS_MODES.map((mode) => rules.modes[mode].code);
  if (new Set(codes).size !== codes.length) throw invalid('duplicate-mode-code', `mode codes must differ: ${codes.join(', ')}`, 'rules.modes');
  const systems = rules.systems.map((s) => s.id);
  if (new Set(systems).size !== systems.length) throw invalid('duplicate-system', 'system ids must differ', 'rules.systems');
  for (const system of rules.systems) {
    const partitions = system.partitions.map((p) => p.id);
    if (new Set(partitions).size !== partitions.length) throw invalid('duplicate-partition', `${system.id}: partition ids must differ`, 'rules.systems');
  }
}

/** Every change is recorded with its reason, even one that restates the rules (the reason is news). */
export const programmeConfiguration = new VersionedConfiguration<Names, ProgrammeRules, Reason, { seededAt: string }, Reason & { changedAt: string }>(PROGRAMME_CONFIGURATION_STREAM, {
  names: NAMES,
  validate: assertCoherent,
  whenUnchanged: 'record',
  notSeeded: () => conflict('not-seeded', 'the programme configuration has not been seeded yet'),
  seeded: (context) => ({ seededAt: context.now.toISOString() }),
  changed: ({ data, context }) => ({ reason: data.reason, changedAt: context.now.toISOString() }),
});

export const programmeConfigurationDecider = programmeConfiguration.decider;
