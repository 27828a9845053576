import { assertNever, conflict, invalid, type Decider, type DomainEvent } from '@hpc-access/eventsourcing';
import type { CommandContext } from '../../command-context';
import { ACCESS_MODES, type ProgrammeRules } from '../programme-rules';

// The programme's numbers are configuration, and a change of them is an event like any other:
// an auditor can see which limits were in force when an application was screened.
export type ProgrammeConfigurationSeeded = DomainEvent<'ProgrammeConfigurationSeeded', { rules: ProgrammeRules; seededAt: string }>;
export type ProgrammeConfigurationChanged = DomainEvent<'ProgrammeConfigurationChanged', { rules: ProgrammeRules; reason: string; changedAt: string }>;
export type ProgrammeConfigurationEvent = ProgrammeConfigurationSeeded | ProgrammeConfigurationChanged;

export type SeedProgrammeConfiguration = { type: 'SeedProgrammeConfiguration'; data: { rules: ProgrammeRules }; context: CommandContext };
export type ChangeProgrammeConfiguration = { type: 'ChangeProgrammeConfiguration'; data: { rules: ProgrammeRules; reason: string }; context: CommandContext };
export type ProgrammeConfigurationCommand = SeedProgrammeConfiguration | ChangeProgrammeConfiguration;

export type ProgrammeConfigurationState = { rules: ProgrammeRules | null };

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

export const programmeConfigurationDecider: Decider<ProgrammeConfigurationCommand, ProgrammeConfigurationState, ProgrammeConfigurationEvent> = {
  initialState: () => ({ rules: null }),
  evolve: (_state, event) => ({ rules: event.data.rules }),
  decide(command, state) {
    const at = command.context.now.toISOString();
    switch (command.type) {
      case 'SeedProgrammeConfiguration':
        // Seeding happens at every start; only the first finds nothing and writes.
        if (state.rules !== null) return [];
        assertCoherent(command.data.rules);
        return [{ type: 'ProgrammeConfigurationSeeded', data: { rules: command.data.rules, seededAt: at } }];
      case 'ChangeProgrammeConfiguration':
        if (state.rules === null) throw conflict('not-seeded', 'the programme configuration has not been seeded yet');
        assertCoherent(command.data.rules);
        return [{ type: 'ProgrammeConfigurationChanged', data: { rules: command.data.rules, reason: command.data.reason, changedAt: at } }];
      default:
        return assertNever(command);
    }
  },
};
