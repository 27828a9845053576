import type { CommandContext, Decider } from '@hpc-access/eventsourcing';

/**
 * The sequence in project ids (`EHPC-AIF-2026PG01-1147`): one counter per year over the whole
 * programme, in a stream of its own so two awards can never draw the same number.
 */
export interface ProjectNumbersState {
  last: number;
  issued: Record<string, number>;
}

export type ProjectNumberEvent = { type: 'ProjectNumberIssued'; data: { year: number; sequence: number; allocationId: string } };
export type ProjectNumberCommand = { type: 'IssueProjectNumber'; data: { year: number; allocationId: string }; context: CommandContext };

export const projectNumbersStreamId = (year: number): string => `allocation-project-numbers-${year}`;

export const projectNumbersDecider: Decider<ProjectNumberCommand, ProjectNumbersState, ProjectNumberEvent> = {
  initialState: () => ({ last: 0, issued: {} }),
  evolve: (state, event) => ({ last: event.data.sequence, issued: { ...state.issued, [event.data.allocationId]: event.data.sequence } }),
  decide: (command, state) =>
    state.issued[command.data.allocationId] !== undefined ? [] : [{ type: 'ProjectNumberIssued', data: { ...command.data, sequence: state.last + 1 } }],
};

/**
 * Programme code, year of award, mode code, cut-off number, sequence. The cut-off number is `01`
 * for continuous modes and the month of the cut-off (01-12) for Large Scale.
 */
export function projectId(parts: { programmeCode: string; year: number; modeCode: string; cutOff: number; sequence: number }): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${parts.programmeCode}-${parts.year}${parts.modeCode}${pad(parts.cutOff, 2)}-${pad(parts.sequence, 4)}`;
}
